package gov.records.governance.simulator;

import gov.records.governance.connectors.transport.Json;
import gov.records.governance.groups.AccountStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A Slack Enterprise Grid org behind the Web API's admin methods, with Slack's
 * conventions: every method under {@code /api/<method>}, arguments in the query string, a
 * form-encoded or a JSON body; the token as {@code Authorization: Bearer} (any case of
 * the scheme) or a {@code token} argument; every answer HTTP 200 with {@code {"ok": true,
 * ...}} or {@code {"ok": false, "error": ...}} ({@code needed} and {@code provided} on
 * {@code missing_scope}); cursors in {@code response_metadata.next_cursor}, empty at the
 * end. Conversation kinds follow Slack's ids and names: {@code D...} is a DM,
 * {@code mpdm-...} a group DM, {@code general} the org-wide default channel; none of them
 * takes a custom retention.
 */
final class SlackBackend {

	static final Set<String> ALL_SCOPES = Set.of("admin.conversations:read", "admin.conversations:write",
			"admin.users:read");

	private static final class Conversation {

		final String id;

		final String name;

		final long members;

		@Nullable Integer customDays;

		Conversation(String id, String name, long members) {
			this.id = id;
			this.name = name;
			this.members = members;
		}

	}

	private final Map<String, Conversation> conversations = new LinkedHashMap<>();

	/**
	 * The conversations in order, for paging: made again after a seed or a deletion, not
	 * copied for every page.
	 */
	private @Nullable List<Conversation> listed;

	private final SyntheticUsers users = new SyntheticUsers();

	private final String token;

	private final @Nullable Integer orgDefaultDays;

	private final SimulatorCounters counters;

	private volatile Set<String> scopes = ALL_SCOPES;

	private volatile boolean overridesAllowed = true;

	SlackBackend(String token, @Nullable Integer orgDefaultDays, SimulatorCounters counters) {
		this.token = token;
		this.orgDefaultDays = orgDefaultDays;
		this.counters = counters;
	}

	/** Whether the method at this path changes anything (for the fault switches). */
	static boolean isWrite(String rawPath) {
		return rawPath.endsWith(".setCustomRetention") || rawPath.endsWith(".removeCustomRetention");
	}

	synchronized void seed(SimulatedGroup seed) {
		Conversation conversation = new Conversation(seed.externalId(), seed.name(), seed.accounts().total());
		conversation.customDays = days(seed.settings());
		this.conversations.put(conversation.id, conversation);
		this.listed = null;
		this.users.add(conversation.id, seed.accounts());
	}

	void scopes(Set<String> granted) {
		this.scopes = Set.copyOf(granted);
	}

	void overridesAllowed(boolean allowed) {
		this.overridesAllowed = allowed;
	}

	synchronized boolean changeDirectly(String id, DeletionSettings settings) {
		Conversation conversation = this.conversations.get(id);
		if (conversation == null) {
			return false;
		}
		conversation.customDays = days(settings);
		return true;
	}

	synchronized boolean delete(String id) {
		this.listed = null;
		return this.conversations.remove(id) != null;
	}

	synchronized Optional<DeletionSettings> settings(String id) {
		Conversation conversation = this.conversations.get(id);
		if (conversation == null) {
			return Optional.empty();
		}
		Integer days = (conversation.customDays != null) ? conversation.customDays
				: (this.orgDefaultDays != null && this.orgDefaultDays >= 0) ? this.orgDefaultDays : null;
		return Optional.of((days == null) ? new DeletionSettings(false, null, null, 0, false)
				: new DeletionSettings(true, Duration.ofDays(days), null, 0, false));
	}

	SimResponse handle(SimRequest request) {
		Map<String, String> args = arguments(request);
		if (args == null) {
			return error("invalid_form_data");
		}
		String presented = presented(request, args);
		if (presented == null) {
			this.counters.refusedCredentials();
			return error("not_authed");
		}
		if (!presented.equals(this.token)) {
			this.counters.refusedCredentials();
			return error("invalid_auth");
		}
		String method = request.rawPath().substring("/api/".length());
		String scope = switch (method) {
			case "admin.conversations.search", "admin.conversations.getCustomRetention" -> "admin.conversations:read";
			case "admin.conversations.setCustomRetention", "admin.conversations.removeCustomRetention" ->
				"admin.conversations:write";
			case "admin.users.list" -> "admin.users:read";
			case "auth.test" -> "";
			default -> null;
		};
		if (scope == null) {
			return error("unknown_method");
		}
		if (!scope.isEmpty() && !this.scopes.contains(scope)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("ok", false);
			body.put("error", "missing_scope");
			body.put("needed", scope);
			body.put("provided", String.join(",", this.scopes.stream().sorted().toList()));
			return SimResponse.json(200, body);
		}
		synchronized (this) {
			return switch (method) {
				case "admin.conversations.search" -> search(args);
				case "admin.conversations.getCustomRetention" -> getRetention(args);
				case "admin.conversations.setCustomRetention" -> setRetention(args);
				case "admin.conversations.removeCustomRetention" -> removeRetention(args);
				case "admin.users.list" -> listUsers(args);
				default -> ok(Map.of("url", "https://simulated.enterprise.slack.com/", "user_id", "UADMIN",
						"enterprise_id", "E0SIMULATED", "is_enterprise_install", true));
			};
		}
	}

	private SimResponse search(Map<String, String> args) {
		int limit = parseInt(args.getOrDefault("limit", "10"), -1);
		if (limit < 1 || limit > 20) {
			return error("invalid_limit");
		}
		if (this.listed == null) {
			this.listed = List.copyOf(this.conversations.values());
		}
		List<Conversation> all = this.listed;
		Integer from = cursor(args.get("cursor"), all.size());
		if (from == null) {
			return error("invalid_cursor");
		}
		List<Object> page = new ArrayList<>();
		for (int i = from; i < Math.min(from + limit, all.size()); i++) {
			page.add(conversationJson(all.get(i)));
		}
		String next = (from + limit < all.size()) ? encodeCursor(from + limit) : "";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("conversations", page);
		body.put("next_cursor", next);
		body.put("response_metadata", Map.of("next_cursor", next));
		return ok(body);
	}

	private SimResponse getRetention(Map<String, String> args) {
		Conversation conversation = conversation(args);
		if (conversation == null) {
			return args.containsKey("channel_id") ? error("channel_not_found") : error("invalid_arguments");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("is_policy_enabled", conversation.customDays != null);
		body.put("duration_days", (conversation.customDays == null) ? 0 : conversation.customDays);
		return ok(body);
	}

	private SimResponse setRetention(Map<String, String> args) {
		Conversation conversation = conversation(args);
		if (conversation == null) {
			return args.containsKey("channel_id") ? error("channel_not_found") : error("invalid_arguments");
		}
		String refusal = refusal(conversation);
		if (refusal != null) {
			return error(refusal);
		}
		int days = parseInt(args.getOrDefault("duration_days", ""), -1);
		if (days < 1 || days > 36_500) {
			return error("invalid_duration");
		}
		conversation.customDays = days;
		this.counters.apply(PlatformKind.SLACK, conversation.id);
		return ok(Map.of());
	}

	private SimResponse removeRetention(Map<String, String> args) {
		Conversation conversation = conversation(args);
		if (conversation == null) {
			return args.containsKey("channel_id") ? error("channel_not_found") : error("invalid_arguments");
		}
		String refusal = refusal(conversation);
		if (refusal != null) {
			return error(refusal);
		}
		conversation.customDays = null;
		this.counters.apply(PlatformKind.SLACK, conversation.id);
		return ok(Map.of());
	}

	private @Nullable String refusal(Conversation conversation) {
		if (!this.overridesAllowed) {
			return "retention_override_not_allowed";
		}
		if (conversation.name.equals("general")) {
			return "default_org_wide_channel";
		}
		if (conversation.id.startsWith("D") || conversation.name.startsWith("mpdm-")) {
			return "channel_type_not_supported";
		}
		return null;
	}

	private SimResponse listUsers(Map<String, String> args) {
		int limit = parseInt(args.getOrDefault("limit", "100"), -1);
		if (limit < 1 || limit > 1000) {
			return error("invalid_limit");
		}
		long size = this.users.size();
		Integer from = cursor(args.get("cursor"), (int) Math.min(size, Integer.MAX_VALUE));
		if (from == null) {
			return error("invalid_cursor");
		}
		List<Object> page = new ArrayList<>();
		for (long i = from; i < Math.min((long) from + limit, size); i++) {
			SyntheticUsers.User user = this.users.get(i);
			boolean active = user.status() != AccountStatus.SUSPENDED;
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", "U" + String.format(Locale.ROOT, "%08d", user.number()));
			json.put("email", "user" + user.number() + "@agency.gov");
			json.put("is_admin", false);
			json.put("is_owner", false);
			json.put("is_primary_owner", false);
			json.put("is_restricted", false);
			json.put("is_ultra_restricted", false);
			json.put("is_bot", false);
			json.put("username", "user" + user.number());
			json.put("full_name", "User " + user.number());
			json.put("is_active", active);
			json.put("date_created", 1_700_000_000L);
			if (!active) {
				json.put("deactivated_ts", 1_710_000_000L);
			}
			page.add(json);
		}
		String next = ((long) from + limit < size) ? encodeCursor(from + limit) : "";
		return ok(Map.of("users", page, "response_metadata", Map.of("next_cursor", next)));
	}

	private Map<String, Object> conversationJson(Conversation conversation) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", conversation.id);
		json.put("name", conversation.name);
		json.put("purpose", "");
		json.put("member_count", conversation.members);
		json.put("created", 1_700_000_000L);
		json.put("creator_id", "UADMIN");
		json.put("is_private", conversation.id.startsWith("G"));
		json.put("is_archived", false);
		json.put("is_general", conversation.name.equals("general"));
		json.put("is_org_shared", true);
		json.put("is_ext_shared", false);
		json.put("internal_team_ids", List.of("T0SIMULATED"));
		json.put("connected_team_ids", List.of());
		json.put("last_activity_ts", 1_700_000_000_000L);
		return json;
	}

	private @Nullable Conversation conversation(Map<String, String> args) {
		String id = args.get("channel_id");
		return (id == null) ? null : this.conversations.get(id);
	}

	/** The token from the Authorization header, else the {@code token} argument. */
	private static @Nullable String presented(SimRequest request, Map<String, String> args) {
		String header = request.header("authorization").strip();
		int space = header.indexOf(' ');
		if (space > 0 && header.substring(0, space).equalsIgnoreCase("bearer")) {
			return header.substring(space + 1).strip();
		}
		String token = args.get("token");
		return (token == null || token.isBlank()) ? null : token;
	}

	/**
	 * The query string's arguments and the body's (form-encoded or JSON); null when the
	 * body is not what its content type says.
	 */
	private static @Nullable Map<String, String> arguments(SimRequest request) {
		Map<String, String> args = new LinkedHashMap<>(request.query());
		String type = request.header("content-type").toLowerCase(Locale.ROOT);
		String body = new String(request.body(), StandardCharsets.UTF_8);
		if (body.isBlank()) {
			return args;
		}
		if (type.startsWith("application/json")) {
			JsonNode json;
			try {
				json = Json.MAPPER.readTree(body);
			}
			catch (RuntimeException ex) {
				return null;
			}
			if (json == null || !json.isObject()) {
				return null;
			}
			json.properties()
				.forEach((e) -> args.put(e.getKey(),
						e.getValue().isString() ? e.getValue().asString() : e.getValue().toString()));
			return args;
		}
		if (type.startsWith("application/x-www-form-urlencoded") || type.isEmpty()) {
			for (String part : body.split("&")) {
				if (part.isEmpty()) {
					continue;
				}
				int eq = part.indexOf('=');
				args.put(URLDecoder.decode((eq < 0) ? part : part.substring(0, eq), StandardCharsets.UTF_8),
						(eq < 0) ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
			}
			return args;
		}
		return null;
	}

	private static @Nullable Integer cursor(@Nullable String cursor, int total) {
		if (cursor == null || cursor.isEmpty()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
			int offset = Integer.parseInt(decoded.substring(decoded.indexOf(':') + 1));
			return (decoded.startsWith("next:") && offset > 0 && offset <= total) ? offset : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String encodeCursor(int offset) {
		return Base64.getEncoder().encodeToString(("next:" + offset).getBytes(StandardCharsets.UTF_8));
	}

	private static @Nullable Integer days(DeletionSettings settings) {
		return (settings.autoDelete() && settings.maxLifetime() != null)
				? (int) Math.max(1, settings.maxLifetime().toDays()) : null;
	}

	private static int parseInt(String value, int fallback) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private static SimResponse ok(Map<String, Object> fields) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ok", true);
		body.putAll(fields);
		return SimResponse.json(200, body);
	}

	static SimResponse error(String code) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ok", false);
		body.put("error", code);
		return SimResponse.json(200, body);
	}

}
