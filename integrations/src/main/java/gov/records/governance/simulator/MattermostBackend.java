package gov.records.governance.simulator;

import gov.records.governance.connectors.transport.Json;
import gov.records.governance.groups.AccountStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A Mattermost server behind the data retention API (global policy, custom policies with
 * their teams and channels), the team list and the user list. Errors are Mattermost
 * AppError bodies; {@code per_page} is capped at 200. Mattermost has no pending accounts:
 * seeded pending users are served as active.
 */
final class MattermostBackend {

	private record Team(String id, String name) {

	}

	private record Channel(String id, String teamId, String name) {

	}

	private static final class Policy {

		final String id;

		String displayName;

		long postDuration;

		final Set<String> teams = new LinkedHashSet<>();

		final Set<String> channels = new LinkedHashSet<>();

		Policy(String id, String displayName, long postDuration) {
			this.id = id;
			this.displayName = displayName;
			this.postDuration = postDuration;
		}

	}

	private final Map<String, Team> teams = new LinkedHashMap<>();

	private final Map<String, Channel> channels = new LinkedHashMap<>();

	private final Map<String, Policy> policies = new LinkedHashMap<>();

	private final SyntheticUsers users = new SyntheticUsers();

	private final String token;

	private final long globalDays;

	private final SimulatorCounters counters;

	private final Clock clock;

	MattermostBackend(String token, long globalDays, SimulatorCounters counters, Clock clock) {
		this.token = token;
		this.globalDays = globalDays;
		this.counters = counters;
		this.clock = clock;
	}

	synchronized void seed(SimulatedGroup seed) {
		String[] member = member(seed.externalId());
		if (member[0].equals("team")) {
			this.teams.put(member[1], new Team(member[1], seed.name()));
		}
		else {
			if (this.teams.isEmpty()) {
				this.teams.put("town", new Team("town", "Town"));
			}
			this.channels.put(member[1], new Channel(member[1], this.teams.keySet().iterator().next(), seed.name()));
		}
		this.users.add(seed.externalId(), seed.accounts());
		if (seed.settings().autoDelete() || this.globalDays >= 0) {
			Policy policy = newPolicy("Retention: " + seed.name(), days(seed.settings()));
			add(policy, member);
		}
	}

	synchronized void sharedPolicy(String displayName, long days, List<String> groupIds) {
		Policy policy = newPolicy(displayName, days);
		for (String groupId : groupIds) {
			this.policies.values().forEach((p) -> remove(p, member(groupId)));
			add(policy, member(groupId));
		}
		this.policies.values().removeIf((p) -> p != policy && p.teams.isEmpty() && p.channels.isEmpty());
	}

	synchronized boolean changeDirectly(String groupId, DeletionSettings settings) {
		Optional<Policy> holder = holder(groupId);
		if (holder.isPresent()) {
			holder.get().postDuration = days(settings);
			return true;
		}
		String[] member = member(groupId);
		if (!this.teams.containsKey(member[1]) && !this.channels.containsKey(member[1])) {
			return false;
		}
		add(newPolicy("Changed directly", days(settings)), member);
		return true;
	}

	synchronized Optional<DeletionSettings> settings(String groupId) {
		long days = holder(groupId).map((p) -> p.postDuration).orElse(this.globalDays);
		boolean deletes = days >= 0;
		return Optional.of(new DeletionSettings(deletes, deletes ? Duration.ofDays(days) : null, null, 0, false));
	}

	SimResponse handle(SimRequest request) {
		String authorization = request.header("authorization");
		if (!BearerScheme.carries(authorization, this.token)) {
			this.counters.refusedCredentials();
			return error(401, "api.context.session_expired.app_error",
					"Invalid or expired session, please login again.");
		}
		List<String> path = request.segments("/api/v4");
		synchronized (this) {
			return route(request, path);
		}
	}

	private SimResponse route(SimRequest request, List<String> path) {
		String method = request.method();
		if (path.equals(List.of("teams")) && method.equals("GET")) {
			List<Object> page = page(request, new ArrayList<>(this.teams.values())).stream()
				.map(this::team)
				.map(Object.class::cast)
				.toList();
			return Boolean.parseBoolean(request.query().get("include_total_count"))
					? SimResponse.json(200, Map.of("teams", page, "total_count", this.teams.size()))
					: SimResponse.json(200, page);
		}
		if (!path.isEmpty() && path.get(0).equals("teams") && method.equals("GET")) {
			return teamRoute(request, path);
		}
		if (path.size() == 2 && path.get(0).equals("channels") && method.equals("GET")) {
			Channel channel = this.channels.get(path.get(1));
			return (channel == null)
					? error(404, "app.channel.get.existing.app_error", "Unable to find the existing channel.")
					: SimResponse.json(200, channel(channel, false));
		}
		if (path.equals(List.of("users")) && method.equals("GET")) {
			return users(request);
		}
		if (path.size() == 4 && path.get(0).equals("users") && path.get(2).equals("data_retention")
				&& path.get(3).equals("team_policies") && method.equals("GET")) {
			return teamPoliciesOfUser(request, path.get(1));
		}
		if (path.size() < 2 || !path.get(0).equals("data_retention")) {
			return notFound();
		}
		if (path.size() == 2 && path.get(1).equals("policy") && method.equals("GET")) {
			return global();
		}
		if (!path.get(1).equals("policies")) {
			return notFound();
		}
		if (path.size() == 2) {
			return method.equals("GET") ? listPolicies(request)
					: method.equals("POST") ? createPolicy(request) : notFound();
		}
		Policy policy = this.policies.get(path.get(2));
		if (policy == null) {
			return error(404, "app.data_retention.get_policy.app_error", "Unable to get the policy.");
		}
		if (path.size() == 3) {
			return method.equals("GET") ? SimResponse.json(200, policy(policy))
					: method.equals("PATCH") ? patchPolicy(request, policy) : notFound();
		}
		if (path.size() == 4 && (path.get(3).equals("teams") || path.get(3).equals("channels"))) {
			boolean teamsList = path.get(3).equals("teams");
			if (method.equals("GET")) {
				List<String> ids = new ArrayList<>(teamsList ? policy.teams : policy.channels);
				List<Object> items = new ArrayList<>();
				page(request, ids).forEach(
						(id) -> items.add(teamsList ? team(this.teams.get(id)) : channel(this.channels.get(id), true)));
				return SimResponse.json(200, Map.of(path.get(3), items, "total_count", ids.size()));
			}
			if (method.equals("DELETE")) {
				JsonNode ids = parse(request);
				if (ids == null || !ids.isArray()) {
					return error(400, "api.context.invalid_body_param.app_error",
							"Invalid or missing ids in request body.");
				}
				for (JsonNode id : ids) {
					if ((teamsList ? policy.teams : policy.channels).remove(id.asString())) {
						this.counters.apply(PlatformKind.MATTERMOST,
								(teamsList ? "team:" : "channel:") + id.asString());
					}
				}
				return SimResponse.json(200, Map.of("status", "OK"));
			}
		}
		if (path.size() == 5 && path.get(3).equals("teams") && path.get(4).equals("search") && method.equals("POST")) {
			JsonNode body = parse(request);
			if (body == null || !body.isObject()) {
				return error(400, "api.context.invalid_body_param.app_error",
						"Invalid or missing search in request body.");
			}
			String term = body.path("term").asString("").toLowerCase(java.util.Locale.ROOT);
			List<Object> found = new ArrayList<>();
			for (String id : policy.teams) {
				Team team = this.teams.get(id);
				if (team.id().toLowerCase(java.util.Locale.ROOT).startsWith(term)
						|| team.name().toLowerCase(java.util.Locale.ROOT).startsWith(term)) {
					found.add(team(team));
				}
			}
			return SimResponse.json(200, found);
		}
		return notFound();
	}

	private SimResponse teamRoute(SimRequest request, List<String> path) {
		if (path.size() == 3 && path.get(1).equals("name")) {
			Team team = this.teams.get(path.get(2));
			return (team == null) ? teamNotFound() : SimResponse.json(200, team(team));
		}
		Team team = (path.size() >= 2) ? this.teams.get(path.get(1)) : null;
		if (team == null) {
			return (path.size() == 2 || path.size() == 3) ? teamNotFound() : notFound();
		}
		if (path.size() == 2) {
			return SimResponse.json(200, team(team));
		}
		if (path.size() == 3 && path.get(2).equals("channels")) {
			List<Channel> own = this.channels.values().stream().filter((c) -> c.teamId().equals(team.id())).toList();
			return SimResponse.json(200, page(request, own).stream().map((c) -> channel(c, false)).toList());
		}
		return notFound();
	}

	/**
	 * The team policies that apply to a user ({@code me} or an id): every team's custom
	 * policy, since every seeded user may join every team.
	 */
	private SimResponse teamPoliciesOfUser(SimRequest request, String userId) {
		if (!userId.equals("me") && !userId.startsWith("mmuser")) {
			return error(404, "app.user.missing_account.const", "Unable to find the user.");
		}
		List<Object> all = new ArrayList<>();
		for (Team team : this.teams.values()) {
			holder("team:" + team.id())
				.ifPresent((p) -> all.add(Map.of("team_id", team.id(), "post_duration", p.postDuration)));
		}
		return SimResponse.json(200, Map.of("policies", page(request, all), "total_count", all.size()));
	}

	private static SimResponse teamNotFound() {
		return error(404, "app.team.get.find.app_error", "Unable to find the existing team.");
	}

	private SimResponse global() {
		boolean deletes = this.globalDays >= 0;
		long cutoff = deletes ? this.clock.millis() - Duration.ofDays(this.globalDays).toMillis() : 0;
		return SimResponse.json(200, Map.of("message_deletion_enabled", deletes, "file_deletion_enabled", deletes,
				"message_retention_cutoff", cutoff, "file_retention_cutoff", cutoff));
	}

	private SimResponse listPolicies(SimRequest request) {
		List<Object> page = page(request, new ArrayList<>(this.policies.values())).stream()
			.map(this::policy)
			.map(Object.class::cast)
			.toList();
		return SimResponse.json(200, Map.of("policies", page, "total_count", this.policies.size()));
	}

	private SimResponse createPolicy(SimRequest request) {
		JsonNode body = parse(request);
		if (body == null || !body.isObject() || body.path("display_name").asString("").isBlank()) {
			return error(400, "model.retention_policy.is_valid.display_name.app_error", "Invalid display name.");
		}
		long days = body.path("post_duration").asLong(0);
		if (days == 0 || days < -1) {
			return error(400, "model.retention_policy.is_valid.post_duration.app_error", "Invalid post duration.");
		}
		List<String[]> members = new ArrayList<>();
		for (JsonNode id : body.path("team_ids")) {
			members.add(new String[] { "team", id.asString() });
		}
		for (JsonNode id : body.path("channel_ids")) {
			members.add(new String[] { "channel", id.asString() });
		}
		for (String[] member : members) {
			boolean known = member[0].equals("team") ? this.teams.containsKey(member[1])
					: this.channels.containsKey(member[1]);
			if (!known || holder(member[0] + ":" + member[1]).isPresent()) {
				return error(400, "app.data_retention.save_policy.app_error", "Failed to save the policy: " + member[0]
						+ " " + member[1] + (known ? " is already in a policy" : " does not exist"));
			}
		}
		Policy policy = newPolicy(body.path("display_name").asString(), days);
		for (String[] member : members) {
			add(policy, member);
			this.counters.apply(PlatformKind.MATTERMOST, member[0] + ":" + member[1]);
		}
		return SimResponse.json(201, policy(policy));
	}

	private SimResponse patchPolicy(SimRequest request, Policy policy) {
		JsonNode body = parse(request);
		if (body == null || !body.isObject()) {
			return error(400, "api.context.invalid_body_param.app_error", "Invalid or missing policy in request body.");
		}
		long days = body.path("post_duration").asLong(policy.postDuration);
		if (days == 0 || days < -1) {
			return error(400, "model.retention_policy.is_valid.post_duration.app_error", "Invalid post duration.");
		}
		policy.displayName = body.path("display_name").asString(policy.displayName);
		policy.postDuration = days;
		policy.teams.forEach((id) -> this.counters.apply(PlatformKind.MATTERMOST, "team:" + id));
		policy.channels.forEach((id) -> this.counters.apply(PlatformKind.MATTERMOST, "channel:" + id));
		return SimResponse.json(200, policy(policy));
	}

	private SimResponse users(SimRequest request) {
		int[] window = window(request);
		List<Object> page = new ArrayList<>();
		for (long i = (long) window[0] * window[1]; i < Math.min((long) (window[0] + 1) * window[1],
				this.users.size()); i++) {
			SyntheticUsers.User user = this.users.get(i);
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", "mmuser" + user.number());
			json.put("username", "user" + user.number());
			json.put("delete_at", (user.status() == AccountStatus.SUSPENDED) ? 1_700_000_000_000L : 0);
			json.put("roles", "system_user");
			page.add(json);
		}
		return SimResponse.json(200, page);
	}

	private <T> List<T> page(SimRequest request, List<T> all) {
		int[] window = window(request);
		int from = (int) Math.min((long) window[0] * window[1], all.size());
		return all.subList(from, Math.min(from + window[1], all.size()));
	}

	private static int[] window(SimRequest request) {
		Map<String, String> query = request.query();
		int page = Math.max(0, parseInt(query.get("page"), 0));
		int perPage = Math.min(200, Math.max(1, parseInt(query.get("per_page"), 60)));
		return new int[] { page, perPage };
	}

	private static int parseInt(String value, int fallback) {
		try {
			return (value == null) ? fallback : Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private Map<String, Object> policy(Policy policy) {
		return Map.of("id", policy.id, "display_name", policy.displayName, "post_duration", policy.postDuration,
				"team_count", policy.teams.size(), "channel_count", policy.channels.size());
	}

	private Map<String, Object> team(Team team) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", team.id());
		json.put("create_at", 1_700_000_000_000L);
		json.put("update_at", 1_700_000_000_000L);
		json.put("delete_at", 0);
		json.put("display_name", team.name());
		json.put("name", team.id());
		json.put("description", "");
		json.put("email", "");
		json.put("type", "I");
		json.put("allowed_domains", "");
		json.put("invite_id", "");
		json.put("allow_open_invite", false);
		json.put("policy_id", holder("team:" + team.id()).map((p) -> (Object) p.id).orElse(null));
		return json;
	}

	/**
	 * A channel; in a policy's channel list with the team's data as Mattermost's
	 * {@code ChannelWithTeamData} carries it.
	 */
	private Map<String, Object> channel(Channel channel, boolean withTeam) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", channel.id());
		json.put("create_at", 1_700_000_000_000L);
		json.put("update_at", 1_700_000_000_000L);
		json.put("delete_at", 0);
		json.put("team_id", channel.teamId());
		json.put("type", "O");
		json.put("display_name", channel.name());
		json.put("name", channel.id());
		json.put("header", "");
		json.put("purpose", "");
		json.put("creator_id", "");
		json.put("policy_id", holder("channel:" + channel.id()).map((p) -> (Object) p.id).orElse(null));
		if (withTeam) {
			Team team = this.teams.get(channel.teamId());
			json.put("team_display_name", team.name());
			json.put("team_name", team.id());
			json.put("team_update_at", 1_700_000_000_000L);
		}
		return json;
	}

	private Optional<Policy> holder(String groupId) {
		String[] member = member(groupId);
		return this.policies.values()
			.stream()
			.filter((p) -> (member[0].equals("team") ? p.teams : p.channels).contains(member[1]))
			.findFirst();
	}

	private Policy newPolicy(String displayName, long days) {
		Policy policy = new Policy(UUID.randomUUID().toString().replace("-", "").substring(0, 26), displayName, days);
		this.policies.put(policy.id, policy);
		return policy;
	}

	private static void add(Policy policy, String[] member) {
		(member[0].equals("team") ? policy.teams : policy.channels).add(member[1]);
	}

	private static void remove(Policy policy, String[] member) {
		(member[0].equals("team") ? policy.teams : policy.channels).remove(member[1]);
	}

	private long days(DeletionSettings settings) {
		return (settings.autoDelete() && settings.maxLifetime() != null) ? Math.max(1, settings.maxLifetime().toDays())
				: -1;
	}

	private static String[] member(String groupId) {
		String[] parts = groupId.split(":", 2);
		if (parts.length != 2 || !(parts[0].equals("team") || parts[0].equals("channel"))) {
			throw new IllegalArgumentException("A Mattermost group id is team:<id> or channel:<id>, not " + groupId);
		}
		return parts;
	}

	private static JsonNode parse(SimRequest request) {
		try {
			return Json.MAPPER.readTree(request.body());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static SimResponse notFound() {
		return error(404, "api.context.404.app_error", "Sorry, we could not find the page.");
	}

	static SimResponse error(int status, String id, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("message", message);
		body.put("detailed_error", "");
		body.put("request_id", UUID.randomUUID().toString().replace("-", "").substring(0, 26));
		body.put("status_code", status);
		return SimResponse.json(status, body);
	}

}
