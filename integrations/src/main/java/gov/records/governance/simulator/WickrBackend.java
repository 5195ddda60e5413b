package gov.records.governance.simulator;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.transport.Json;
import gov.records.governance.groups.AccountStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One Wickr network behind the Admin API paths the connector uses: network, network
 * settings, security groups (list, get, update), users (list) and the data-retention bot.
 * Field names, paging ({@code maxResults} 1-100, opaque {@code nextToken}) and error
 * bodies follow the published API reference; {@code maxTtl} is capped at one year here
 * (an assumption, see DD007).
 */
final class WickrBackend {

	static final long MAX_TTL = 365L * 24 * 3600;

	private static final Set<Integer> INTENSITIES = Set.of(0, 20, 60, 100);

	private static final Pattern NETWORK_ID = Pattern.compile("[0-9]{8}");

	/** A security group's live state. */
	static final class Group {

		final String id;

		String name;

		final boolean isDefault;

		long maxTtl;

		long maxBor;

		int intensity;

		long modified;

		final long activeMembers;

		/** The group's JSON as last served, and the bot state it was written with. */
		byte @Nullable [] json;

		boolean jsonBot;

		Group(String id, String name, boolean isDefault, long activeMembers, long modified) {
			this.id = id;
			this.name = name;
			this.isDefault = isDefault;
			this.activeMembers = activeMembers;
			this.modified = modified;
		}

		void set(DeletionSettings settings) {
			this.json = null;
			this.maxTtl = (settings.autoDelete() && settings.maxLifetime() != null)
					? settings.maxLifetime().getSeconds() : 0;
			this.maxBor = (settings.burnOnRead() != null) ? settings.burnOnRead().getSeconds() : 0;
			this.intensity = settings.shredderIntensity();
		}

	}

	private final String networkId;

	private final String networkName;

	private final String accessLevel;

	private final Map<String, Boolean> bot = new LinkedHashMap<>();

	private boolean dataRetention;

	private final Map<String, Group> groups = new LinkedHashMap<>();

	private final List<Group> order = new ArrayList<>();

	private final SyntheticUsers users = new SyntheticUsers();

	private final IdempotencyCache tokens = new IdempotencyCache();

	/**
	 * Whether {@code X-Client-Token} makes a repeated write a replay; off plays a service
	 * that ignores it (Wickr's published model does not list it for the update
	 * operations, DD007).
	 */
	private volatile boolean honourClientTokens = true;

	private final SigV4Verifier verifier;

	/**
	 * Licences the simulated network holds (GetUsersCount's "remaining" counts down from
	 * it).
	 */
	private static final long LICENCES = 500_000;

	private final SimulatorCounters counters;

	private final Clock clock;

	WickrBackend(String networkId, String networkName, boolean premium, WickrCaptureSeed capture,
			SigV4Verifier verifier, SimulatorCounters counters, Clock clock) {
		this.networkId = networkId;
		this.networkName = networkName;
		this.accessLevel = premium ? "PREMIUM" : "STANDARD";
		this.dataRetention = capture.dataRetention();
		this.bot.put("botExists", capture.botExists());
		this.bot.put("isBotActive", capture.botActive());
		this.bot.put("isDataRetentionBotRegistered", capture.botRegistered());
		this.bot.put("isDataRetentionServiceEnabled", capture.serviceEnabled());
		this.bot.put("isPubkeyMsgAcked", capture.pubkeyAcked());
		this.verifier = verifier;
		this.counters = counters;
		this.clock = clock;
	}

	void honourClientTokens(boolean honour) {
		this.honourClientTokens = honour;
	}

	synchronized void seed(SimulatedGroup seed) {
		Group group = new Group(seed.externalId(), seed.name(), this.order.isEmpty(), seed.accounts().active(),
				this.clock.instant().getEpochSecond());
		group.set(seed.settings());
		this.groups.put(group.id, group);
		this.order.add(group);
		this.users.add(group.id, seed.accounts());
	}

	synchronized boolean changeDirectly(String groupId, DeletionSettings settings) {
		Group group = this.groups.get(groupId);
		if (group == null) {
			return false;
		}
		group.set(settings);
		group.modified = this.clock.instant().getEpochSecond();
		group.json = null;
		return true;
	}

	synchronized Optional<DeletionSettings> settings(String groupId) {
		Group group = this.groups.get(groupId);
		return Optional.ofNullable(group)
			.map((g) -> new DeletionSettings(g.maxTtl > 0,
					(g.maxTtl > 0) ? java.time.Duration.ofSeconds(g.maxTtl) : null,
					(g.maxBor > 0) ? java.time.Duration.ofSeconds(g.maxBor) : null, g.intensity, captureOn()));
	}

	private static final List<String> USER_SORT_FIELDS = List.of("userId", "username", "firstName", "lastName",
			"status");

	SimResponse handle(SimRequest request) {
		Optional<SigV4Verifier.Refusal> refusal = this.verifier.verify(request.method(), request.rawPath(),
				request.rawQuery(), request.headers(), request.body());
		if (refusal.isPresent()) {
			this.counters.refusedCredentials();
			return error(refusal.get().status(), refusal.get().errorType(), refusal.get().message());
		}
		List<String> path = request.segments("/networks");
		if (path.isEmpty()) {
			return error(404, "ResourceNotFoundError", "Unknown operation");
		}
		if (!NETWORK_ID.matcher(path.get(0)).matches()) {
			return validation("networkId", "must be 8 digits");
		}
		if (!path.get(0).equals(this.networkId)) {
			return error(404, "ResourceNotFoundError", "Network " + path.get(0) + " was not found");
		}
		String token = request.header("x-client-token");
		synchronized (this) {
			if (this.honourClientTokens && request.isWrite() && !token.isEmpty()) {
				Optional<SimResponse> replay = this.tokens.replay(token, request,
						error(400, "BadRequestError", "X-Client-Token was already used with a different request"));
				if (replay.isPresent()) {
					this.counters.replay();
					return replay.get();
				}
			}
			SimResponse response = route(request, path.subList(1, path.size()));
			if (request.isWrite() && !token.isEmpty()) {
				this.tokens.remember(token, request, response);
			}
			return response;
		}
	}

	private SimResponse route(SimRequest request, List<String> path) {
		String method = request.method();
		String what = path.isEmpty() ? "" : path.get(0);
		return switch (what) {
			case "" -> method.equals("GET") ? network() : unsupported();
			case "settings" -> method.equals("GET") ? networkSettings()
					: method.equals("PATCH") ? updateNetworkSettings(request) : unsupported();
			case "security-groups" -> (path.size() == 1 && method.equals("GET")) ? listGroups(request)
					: (path.size() == 2) ? group(request, path.get(1)) : unsupported();
			case "users" -> (path.size() == 1 && method.equals("GET")) ? listUsers(request)
					: (path.size() == 2 && path.get(1).equals("count") && method.equals("GET")) ? usersCount()
							: (path.size() == 2 && method.equals("GET")) ? getUser(path.get(1)) : unsupported();
			case "data-retention-bots" -> method.equals("GET") ? dataRetentionBot()
					: method.equals("PATCH") ? updateDataRetention(request) : unsupported();
			default -> unsupported();
		};
	}

	private SimResponse network() {
		return SimResponse.json(200,
				Map.of("networkId", this.networkId, "networkName", this.networkName, "accessLevel", this.accessLevel,
						"awsAccountId", "123456789012", "networkArn",
						"arn:aws:wickr:us-east-1:123456789012:network/" + this.networkId));
	}

	private SimResponse networkSettings() {
		return SimResponse.json(200,
				Map.of("settings",
						List.of(Map.of("optionName", "dataRetention", "value", Boolean.toString(this.dataRetention),
								"type", "boolean"),
								Map.of("optionName", "enableClientMetrics", "value", "false", "type", "boolean"))));
	}

	private SimResponse updateNetworkSettings(SimRequest request) {
		JsonNode body = parse(request);
		JsonNode value = (body == null) ? null : body.path("settings").get("dataRetention");
		if (value == null || !value.isBoolean()) {
			return validation("settings.dataRetention", "must be a boolean");
		}
		if (value.booleanValue() && this.accessLevel.equals("STANDARD")) {
			return validation("settings.dataRetention", "data retention needs a PREMIUM network");
		}
		this.dataRetention = value.booleanValue();
		this.counters.apply(PlatformKind.WICKR, "network");
		return networkSettings();
	}

	private SimResponse dataRetentionBot() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("botName", "compliance_bot_" + this.networkId);
		body.putAll(this.bot);
		return SimResponse.json(200, body);
	}

	private SimResponse updateDataRetention(SimRequest request) {
		JsonNode body = parse(request);
		String action = (body == null) ? "" : body.path("actionType").asString("");
		switch (action) {
			case "ENABLE" -> this.bot.put("isDataRetentionServiceEnabled", true);
			case "DISABLE" -> this.bot.put("isDataRetentionServiceEnabled", false);
			case "PUBKEY_MSG_ACK" -> this.bot.put("isPubkeyMsgAcked", true);
			default -> {
				return validation("actionType", "must be ENABLE, DISABLE or PUBKEY_MSG_ACK");
			}
		}
		this.counters.apply(PlatformKind.WICKR, "network");
		return SimResponse.json(200, Map.of("message", "Data retention updated: " + action));
	}

	private SimResponse listGroups(SimRequest request) {
		int[] window = window(request, this.order.size());
		if (window[1] < 0) {
			return pagingError(window);
		}
		// the same JSON as the maps would give, each group's written once until it
		// changes, and the page assembled in one array of its exact size: a network of
		// 25,000 groups is served without re-serializing or re-copying it on every page
		boolean bot = this.bot.get("botExists");
		int end = Math.min(window[0] + window[1], this.order.size());
		int length = 0;
		for (int i = window[0]; i < end; i++) {
			Group group = this.order.get(i);
			if (group.json == null || group.jsonBot != bot) {
				group.json = Json.bytes(json(group));
				group.jsonBot = bot;
			}
			length += group.json.length + 1;
		}
		Object next = withNext(Map.of(), window, this.order.size()).get("nextToken");
		byte[] head = "{\"securityGroups\":[".getBytes(StandardCharsets.UTF_8);
		byte[] tail = ((next == null) ? "]}" : "],\"nextToken\":\"" + next + "\"}").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + Math.max(0, length - 1) + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		int at = head.length;
		for (int i = window[0]; i < end; i++) {
			if (i > window[0]) {
				body[at++] = ',';
			}
			byte[] json = this.order.get(i).json;
			System.arraycopy(json, 0, body, at, json.length);
			at += json.length;
		}
		System.arraycopy(tail, 0, body, at, tail.length);
		return new SimResponse(200, "application/json", Map.of(), body);
	}

	private SimResponse group(SimRequest request, String groupId) {
		Group group = this.groups.get(groupId);
		if (group == null) {
			return error(404, "ResourceNotFoundError", "Security group " + groupId + " was not found");
		}
		if (request.method().equals("GET")) {
			return SimResponse.json(200, Map.of("securityGroup", json(group)));
		}
		if (!request.method().equals("PATCH")) {
			return unsupported();
		}
		JsonNode body = parse(request);
		if (body == null || !body.isObject()) {
			return error(400, "BadRequestError", "The request body is not valid JSON");
		}
		JsonNode name = body.get("name");
		if (name != null && (!name.isString() || name.asString().isBlank() || name.asString().length() > 100)) {
			return validation("name", "must be 1 to 100 characters");
		}
		JsonNode settings = body.path("securityGroupSettings");
		long ttl = settings.path("maxTtl").asLong(group.maxTtl);
		long bor = settings.path("maxBor").asLong(group.maxBor);
		int intensity = settings.path("shredder").path("intensity").asInt(group.intensity);
		List<Map<String, String>> reasons = new ArrayList<>();
		if (ttl < 1 || ttl > MAX_TTL) {
			reasons.add(reason("securityGroupSettings.maxTtl", "must be between 1 and " + MAX_TTL + " seconds"));
		}
		if (bor < 0 || bor > ttl) {
			reasons.add(reason("securityGroupSettings.maxBor", "must be between 0 and maxTtl"));
		}
		if (!INTENSITIES.contains(intensity)) {
			reasons.add(reason("securityGroupSettings.shredder.intensity", "must be 0, 20, 60 or 100"));
		}
		if (!reasons.isEmpty()) {
			return SimResponse.json(422, Map.of("message", "Invalid security group settings", "reasons", reasons),
					Map.of("x-amzn-ErrorType", "ValidationError"));
		}
		if (name != null) {
			group.name = name.asString();
		}
		group.maxTtl = ttl;
		group.maxBor = bor;
		group.intensity = intensity;
		group.modified = this.clock.instant().getEpochSecond();
		group.json = null;
		this.counters.apply(PlatformKind.WICKR, group.id);
		return SimResponse.json(200, Map.of("securityGroup", json(group)));
	}

	/**
	 * ListUsers: the filters of Wickr's model ({@code groupId}, {@code status},
	 * {@code username}, {@code firstName}, {@code lastName}; names match
	 * case-insensitively from their start) and its sort ({@code sortFields},
	 * comma-separated, and {@code sortDirection} ASC or DESC). The list carries no
	 * {@code lastActivity}: the model has it on GetUser only.
	 */
	private SimResponse listUsers(SimRequest request) {
		Map<String, String> query = request.query();
		String status = query.get("status");
		if (status != null && !status.equals("1") && !status.equals("2")) {
			return validation("status", "must be 1 (pending) or 2 (active)");
		}
		String direction = query.getOrDefault("sortDirection", "ASC");
		if (!direction.equals("ASC") && !direction.equals("DESC")) {
			return validation("sortDirection", "must be ASC or DESC");
		}
		List<String> sortFields = new ArrayList<>();
		for (String field : query.getOrDefault("sortFields", "").split(",")) {
			if (!field.isBlank()) {
				if (!USER_SORT_FIELDS.contains(field.strip())) {
					return validation("sortFields", "must be among " + String.join(", ", USER_SORT_FIELDS));
				}
				sortFields.add(field.strip());
			}
		}
		boolean filtered = query.containsKey("groupId") || status != null || query.containsKey("username")
				|| query.containsKey("firstName") || query.containsKey("lastName") || !sortFields.isEmpty()
				|| direction.equals("DESC");
		if (!filtered) {
			long size = this.users.size();
			int[] window = window(request, (int) Math.min(size, Integer.MAX_VALUE));
			if (window[1] < 0) {
				return pagingError(window);
			}
			List<Object> page = new ArrayList<>(window[1]);
			for (long i = window[0]; i < Math.min((long) window[0] + window[1], size); i++) {
				page.add(userJson(this.users.get(i)));
			}
			return SimResponse.json(200, withNext(Map.of("users", page), window, size));
		}
		List<SyntheticUsers.User> matching = new ArrayList<>();
		for (long i = 0; i < this.users.size(); i++) {
			SyntheticUsers.User user = this.users.get(i);
			Map<String, Object> json = userJson(user);
			if (matches(query.get("groupId"), user.groupId(), false) && matches(status, json.get("status"), false)
					&& matches(query.get("username"), json.get("username"), true)
					&& matches(query.get("firstName"), json.get("firstName"), true)
					&& matches(query.get("lastName"), json.get("lastName"), true)) {
				matching.add(user);
			}
		}
		java.util.Comparator<SyntheticUsers.User> order = java.util.Comparator
			.comparingLong(SyntheticUsers.User::number);
		for (int f = sortFields.size() - 1; f >= 0; f--) {
			String field = sortFields.get(f);
			java.util.Comparator<SyntheticUsers.User> by = java.util.Comparator
				.comparing((SyntheticUsers.User u) -> String.valueOf(userJson(u).get(field)));
			order = by.thenComparing(order);
		}
		matching.sort(direction.equals("DESC") ? order.reversed() : order);
		int[] window = window(request, matching.size());
		if (window[1] < 0) {
			return pagingError(window);
		}
		List<Object> page = new ArrayList<>();
		for (int i = window[0]; i < Math.min(window[0] + window[1], matching.size()); i++) {
			page.add(userJson(matching.get(i)));
		}
		return SimResponse.json(200, withNext(Map.of("users", page), window, matching.size()));
	}

	private static boolean matches(String filter, Object value, boolean prefix) {
		if (filter == null) {
			return true;
		}
		String text = String.valueOf(value);
		return prefix ? text.toLowerCase(Locale.ROOT).startsWith(filter.toLowerCase(Locale.ROOT)) : text.equals(filter);
	}

	private static Map<String, Object> userJson(SyntheticUsers.User user) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("userId", "u" + user.number());
		json.put("username", "user" + user.number() + "@example.gov");
		json.put("firstName", "User");
		json.put("lastName", Long.toString(user.number()));
		json.put("securityGroups", List.of(user.groupId()));
		json.put("isAdmin", false);
		json.put("suspended", user.status() == AccountStatus.SUSPENDED);
		json.put("status", (user.status() == AccountStatus.PENDING) ? 1 : 2);
		json.put("otpEnabled", false);
		json.put("isInviteExpired", false);
		json.put("isUser", true);
		return json;
	}

	/** GetUser: one user with its {@code lastActivity} and {@code lastLogin}. */
	private SimResponse getUser(String userId) {
		long number;
		try {
			number = userId.startsWith("u") ? Long.parseLong(userId.substring(1)) : -1;
		}
		catch (NumberFormatException ex) {
			number = -1;
		}
		if (number < 1 || number > this.users.size()) {
			return error(404, "ResourceNotFoundError", "User " + userId + " was not found");
		}
		SyntheticUsers.User user = this.users.get(number - 1);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("userId", userId);
		json.put("firstName", "User");
		json.put("lastName", Long.toString(number));
		json.put("username", "user" + number + "@example.gov");
		json.put("isAdmin", false);
		json.put("suspended", user.status() == AccountStatus.SUSPENDED);
		json.put("status", (user.status() == AccountStatus.PENDING) ? 1 : 2);
		long seen = (user.status() == AccountStatus.PENDING) ? 0 : this.clock.instant().getEpochSecond() - 3600;
		json.put("lastActivity", seen);
		json.put("lastLogin", seen);
		json.put("securityGroupIds", List.of(user.groupId()));
		return SimResponse.json(200, json);
	}

	/** GetUsersCount: the network's users by state, and the licences left. */
	private SimResponse usersCount() {
		AccountCounts totals = this.users.totals();
		return SimResponse.json(200, Map.of("pending", totals.pending(), "active", totals.active(), "rejected", 0,
				"remaining", Math.max(0, LICENCES - totals.total()), "total", totals.total()));
	}

	/**
	 * [offset, size] from maxResults and nextToken; size -1 (bad maxResults) or -2 (bad
	 * token).
	 */
	private static int[] window(SimRequest request, int total) {
		Map<String, String> query = request.query();
		int size;
		try {
			size = Integer.parseInt(query.getOrDefault("maxResults", "10"));
		}
		catch (NumberFormatException ex) {
			return new int[] { 0, -1 };
		}
		if (size < 1 || size > 100) {
			return new int[] { 0, -1 };
		}
		String token = query.get("nextToken");
		if (token == null) {
			return new int[] { 0, size };
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			int offset = Integer.parseInt(decoded.substring(decoded.indexOf(':') + 1));
			return (decoded.startsWith("offset:") && offset > 0 && offset <= total) ? new int[] { offset, size }
					: new int[] { 0, -2 };
		}
		catch (IllegalArgumentException ex) {
			return new int[] { 0, -2 };
		}
	}

	private SimResponse pagingError(int[] window) {
		return (window[1] == -1) ? validation("maxResults", "must be between 1 and 100")
				: error(400, "BadRequestError", "Invalid nextToken");
	}

	private static Map<String, Object> withNext(Map<String, Object> page, int[] window, long total) {
		Map<String, Object> body = new LinkedHashMap<>(page);
		long end = (long) window[0] + window[1];
		if (end < total) {
			body.put("nextToken",
					Base64.getUrlEncoder()
						.withoutPadding()
						.encodeToString(("offset:" + end).getBytes(StandardCharsets.UTF_8)));
		}
		return body;
	}

	private Map<String, Object> json(Group group) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("alwaysReauthenticate", false);
		settings.put("calling", Map.of("canStart11Call", true, "canVideoCall", true, "forceTcpCall", false));
		settings.put("checkForUpdates", true);
		settings.put("enableFileDownload", true);
		settings.put("federationMode", 0);
		settings.put("filesEnabled", true);
		settings.put("globalFederation", false);
		settings.put("maxBor", group.maxBor);
		settings.put("maxTtl", group.maxTtl);
		settings.put("messageForwardingEnabled", false);
		settings.put("passwordRequirements",
				Map.of("lowercase", 1, "minLength", 12, "numbers", 1, "symbols", 1, "uppercase", 1));
		settings.put("permittedNetworks", List.of());
		settings.put("shredder", Map.of("canProcessManually", true, "intensity", group.intensity));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("activeMembers", group.activeMembers);
		json.put("botMembers", this.bot.get("botExists") ? 1 : 0);
		json.put("id", group.id);
		json.put("isDefault", group.isDefault);
		json.put("modified", group.modified);
		json.put("name", group.name);
		json.put("securityGroupSettings", settings);
		return json;
	}

	private boolean captureOn() {
		return this.dataRetention && this.bot.values().stream().allMatch(Boolean::booleanValue);
	}

	private static JsonNode parse(SimRequest request) {
		try {
			return Json.MAPPER.readTree(request.body());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static Map<String, String> reason(String field, String reason) {
		return Map.of("field", field, "reason", reason);
	}

	private static SimResponse validation(String field, String reason) {
		return SimResponse.json(422, Map.of("message", "Invalid request", "reasons", List.of(reason(field, reason))),
				Map.of("x-amzn-ErrorType", "ValidationError"));
	}

	private static SimResponse unsupported() {
		return error(404, "ResourceNotFoundError", "No such operation");
	}

	static SimResponse error(int status, String type, String message) {
		return SimResponse.json(status, Map.of("message", message), Map.of("x-amzn-ErrorType", type));
	}

	/** The capture flags a network starts with. */
	record WickrCaptureSeed(boolean dataRetention, boolean botExists, boolean botActive, boolean botRegistered,
			boolean serviceEnabled, boolean pubkeyAcked) {

		static WickrCaptureSeed allOn() {
			return new WickrCaptureSeed(true, true, true, true, true, true);
		}

	}

}
