package gov.records.governance.connectors.mattermost;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.ApplyResult;
import gov.records.governance.connectors.BackendConnector;
import gov.records.governance.connectors.CaptureState;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.FieldReason;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.ConnectorOptions;
import gov.records.governance.connectors.Credentials;
import gov.records.governance.connectors.GroupStatus;
import gov.records.governance.connectors.PlatformStatus;
import gov.records.governance.connectors.transport.HttpCall;
import gov.records.governance.connectors.transport.Json;
import gov.records.governance.connectors.transport.JsonTransport;
import gov.records.governance.connectors.transport.RequestAuthenticator;
import gov.records.governance.connectors.transport.ResponseFormatException;
import gov.records.governance.connectors.transport.SharedHttpClient;
import gov.records.governance.connectors.transport.Unsupported;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Mattermost's data retention API (Enterprise). A group is a team ({@code team:<id>}) or
 * a channel ({@code channel:<id>}); its setting is the custom policy that lists it, else
 * (teams only) the global policy. Channels appear as groups when a policy lists them.
 * Mattermost has no idempotency header, so {@link #apply} converges instead: it reads the
 * policies first and writes only what differs, so a repeat finds nothing left to do.
 */
public final class MattermostConnector implements BackendConnector {

	private static final int MAX_PAGE = 200;

	private final JsonTransport transport;

	private final String base;

	private final String siteName;

	private final int pageSize;

	private final Clock clock;

	public MattermostConnector(SharedHttpClient client, ConnectionSettings settings, ConnectorOptions options) {
		this(client, settings, options, Clock.systemUTC());
	}

	MattermostConnector(SharedHttpClient client, ConnectionSettings settings, ConnectorOptions options, Clock clock) {
		if (!(settings.credentials() instanceof Credentials.BearerToken token)) {
			throw new IllegalArgumentException("Mattermost needs a personal access token");
		}
		this.base = settings.baseUrl() + "/api/v4";
		this.siteName = settings.externalId();
		this.pageSize = Math.min(options.pageSize(), MAX_PAGE);
		this.clock = clock;
		this.transport = new JsonTransport(client, options, "Mattermost " + this.siteName,
				RequestAuthenticator.bearer(token.token()), new MattermostErrors());
	}

	@Override
	public PlatformKind kind() {
		return PlatformKind.MATTERMOST;
	}

	@Override
	public PlatformStatus fetchStatus() {
		return this.transport.reading("reading the status", this::readStatus);
	}

	private PlatformStatus readStatus() {
		JsonNode global = this.transport.send(HttpCall.get("GetDataRetentionPolicy", uri("/data_retention/policy")));
		DeletionSettings globalSettings = globalSettings(global);
		List<Policy> policies = policies();
		Map<String, Policy> byMember = new LinkedHashMap<>();
		policies.forEach((policy) -> policy.members().keySet().forEach((member) -> byMember.put(member, policy)));
		List<GroupStatus> groups = new ArrayList<>();
		pageArray("GetAllTeams", "/teams", (team) -> {
			String id = "team:" + Json.text(team, "id");
			Policy policy = byMember.remove(id);
			DeletionSettings settings = (policy == null) ? globalSettings : Policy.settings(policy.postDuration());
			groups.add(new GroupStatus(id, Json.text(team, "display_name", id), settings, null, null));
		});
		byMember.forEach((id, policy) -> groups
			.add(new GroupStatus(id, policy.members().get(id), Policy.settings(policy.postDuration()), null, null)));
		long[] users = new long[2];
		pageArray("GetUsers", "/users", (user) -> users[(Json.number(user, "delete_at", 0) > 0) ? 1 : 0]++);
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("globalPolicy", globalSettings.lifetimeText());
		facts.put("customPolicies", Integer.toString(policies.size()));
		return new PlatformStatus(PlatformKind.MATTERMOST, this.siteName, this.siteName, facts, groups,
				new AccountCounts(users[0], 0, users[1]),
				CaptureState.notSupported("Mattermost compliance export (not read through this API)"),
				this.clock.instant());
	}

	@Override
	public ApplyResult apply(String groupExternalId, DeletionSettings settings, String idempotencyToken) {
		return this.transport.reading("applying settings to " + groupExternalId,
				() -> write(groupExternalId, settings, idempotencyToken));
	}

	private ApplyResult write(String groupExternalId, DeletionSettings settings, String idempotencyToken) {
		Unsupported.check(this.transport.label(), settings);
		long days = postDuration(settings);
		String[] member = member(groupExternalId);
		Policy holder = null;
		for (Policy policy : policies()) {
			if (policy.members().containsKey(groupExternalId)) {
				holder = policy;
			}
		}
		List<String> notes = new ArrayList<>();
		if (holder != null && holder.postDuration() == days) {
			return new ApplyResult(groupExternalId, Policy.settings(days), false, idempotencyToken, notes);
		}
		if (holder == null && member[0].equals("team") && days < 0
				&& !globalSettings(
						this.transport.send(HttpCall.get("GetDataRetentionPolicy", uri("/data_retention/policy"))))
					.autoDelete()) {
			return new ApplyResult(groupExternalId, Policy.settings(days), false, idempotencyToken, notes);
		}
		long applied;
		if (holder != null && holder.members().size() == 1) {
			JsonNode patched = this.transport.send(HttpCall.write("PatchDataRetentionPolicy", "PATCH",
					uri("/data_retention/policies/" + holder.id()),
					Json.bytes(Map.of("display_name", holder.displayName(), "post_duration", days)), null, true));
			applied = Json.number(patched, "post_duration");
		}
		else {
			if (holder != null) {
				this.transport.send(HttpCall.write("RemoveFromDataRetentionPolicy", "DELETE",
						uri("/data_retention/policies/" + holder.id() + "/" + member[0] + "s"),
						Json.bytes(List.of(member[1])), null, true));
				notes.add("Moved out of the shared policy '" + holder.displayName() + "' into its own policy.");
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("display_name", "Records governance: " + groupExternalId);
			body.put("post_duration", days);
			body.put("team_ids", member[0].equals("team") ? List.of(member[1]) : List.of());
			body.put("channel_ids", member[0].equals("channel") ? List.of(member[1]) : List.of());
			JsonNode created = this.transport.send(HttpCall.write("CreateDataRetentionPolicy", "POST",
					uri("/data_retention/policies"), Json.bytes(body), null, false));
			applied = Json.number(created, "post_duration");
		}
		return new ApplyResult(groupExternalId, Policy.settings(applied), true, idempotencyToken, notes);
	}

	private List<Policy> policies() {
		List<Policy> policies = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode answer = this.transport.send(HttpCall.get("GetDataRetentionPolicies",
					uri("/data_retention/policies?page=" + page + "&per_page=" + this.pageSize)));
			JsonNode list = Json.array(answer, "policies");
			for (JsonNode policy : list) {
				String id = Json.text(policy, "id");
				Map<String, String> members = new LinkedHashMap<>();
				members(id, "teams", "team", members);
				members(id, "channels", "channel", members);
				policies.add(new Policy(id, Json.text(policy, "display_name", id), Json.number(policy, "post_duration"),
						members));
			}
			if (list.size() < this.pageSize) {
				return policies;
			}
		}
	}

	private void members(String policyId, String plural, String singular, Map<String, String> members) {
		for (int page = 0;; page++) {
			JsonNode answer = this.transport
				.send(HttpCall.get("GetDataRetentionPolicy" + capitalized(plural), uri("/data_retention/policies/"
						+ policyId + "/" + plural + "?page=" + page + "&per_page=" + this.pageSize)));
			JsonNode list = Json.array(answer, plural);
			for (JsonNode item : list) {
				String id = singular + ":" + Json.text(item, "id");
				members.put(id, Json.text(item, "display_name", id));
			}
			if (list.size() < this.pageSize) {
				return;
			}
		}
	}

	private void pageArray(String operation, String path, Consumer<JsonNode> sink) {
		for (int page = 0;; page++) {
			JsonNode list = this.transport
				.send(HttpCall.get(operation, uri(path + "?page=" + page + "&per_page=" + this.pageSize)));
			if (!list.isArray()) {
				throw new ConnectorException(Kind.MALFORMED_RESPONSE,
						this.transport.label() + ": " + operation + " did not answer with a JSON array");
			}
			list.forEach(sink);
			if (list.size() < this.pageSize) {
				return;
			}
		}
	}

	/**
	 * The global policy's cutoff (a time in ms) expressed as a lifetime in whole days.
	 */
	private DeletionSettings globalSettings(JsonNode global) {
		if (!Json.flag(global, "message_deletion_enabled", false)) {
			return Policy.settings(-1);
		}
		long cutoff = Json.number(global, "message_retention_cutoff", 0);
		if (cutoff <= 0) {
			throw new ResponseFormatException("message deletion enabled without a message_retention_cutoff");
		}
		long days = Math.round((this.clock.millis() - cutoff) / (double) Duration.ofDays(1).toMillis());
		return Policy.settings(Math.max(days, 0));
	}

	private long postDuration(DeletionSettings settings) {
		if (!settings.autoDelete()) {
			return -1;
		}
		Duration lifetime = settings.maxLifetime();
		if (lifetime == null || lifetime.toDays() < 1 || !lifetime.equals(Duration.ofDays(lifetime.toDays()))) {
			throw new ConnectorException(Kind.VALIDATION,
					this.transport.label() + ": Mattermost keeps posts for whole days; maxLifetime " + lifetime
							+ " is not a whole number of days",
					0, List.of(new FieldReason("maxLifetime", "whole days, at least 1")), null, null);
		}
		return lifetime.toDays();
	}

	private String[] member(String groupExternalId) {
		String[] parts = groupExternalId.split(":", 2);
		if (parts.length != 2 || parts[1].isBlank() || !(parts[0].equals("team") || parts[0].equals("channel"))) {
			throw new ConnectorException(Kind.VALIDATION,
					this.transport.label() + ": a Mattermost group id is team:<id> or channel:<id>, not '"
							+ groupExternalId + "'",
					0, List.of(new FieldReason("groupExternalId", "team:<id> or channel:<id>")), null, null);
		}
		return parts;
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
