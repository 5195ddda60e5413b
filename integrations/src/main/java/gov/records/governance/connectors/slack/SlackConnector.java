package gov.records.governance.connectors.slack;

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
import gov.records.governance.connectors.transport.SharedHttpClient;
import gov.records.governance.connectors.transport.Unsupported;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.capabilities.PlatformCapabilities;
import gov.records.governance.platforms.PlatformKind;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A Slack Enterprise Grid org (or GovSlack) through the admin Web API (DD060). A group is
 * a conversation; its setting is its custom retention in days
 * ({@code admin.conversations.getCustomRetention}), or, without one, the org's default,
 * which Slack's API does not expose and the platform's settings name (not configured:
 * Slack's own default, keep everything). Every method is a JSON {@code POST} to
 * {@code /api/<method>} with an Org admin's user token as a bearer token (never logged);
 * a 429 is retried after its {@code Retry-After}; an {@code ok: false} answer becomes a
 * connector error naming Slack's code ({@link SlackErrors}). {@link #apply} reads first
 * and writes only what differs; a set or remove of the same value twice leaves the same
 * state, so a retried write is harmless.
 */
public final class SlackConnector implements BackendConnector {

	/** The most conversations {@code admin.conversations.search} returns per page. */
	static final int SEARCH_LIMIT = 20;

	/**
	 * The most retention reads in flight at once: fewer than the shared client's
	 * connections per backend, so none waits long for one.
	 */
	static final int PARALLEL_READS = 6;

	/** The most users {@code admin.users.list} returns per page. */
	static final int USERS_LIMIT = 100;

	private final JsonTransport transport;

	private final String base;

	private final String orgId;

	private final @Nullable Integer defaultDays;

	private final int pageSize;

	private final Clock clock;

	public SlackConnector(SharedHttpClient client, ConnectionSettings settings, ConnectorOptions options) {
		this(client, settings, options, Clock.systemUTC());
	}

	SlackConnector(SharedHttpClient client, ConnectionSettings settings, ConnectorOptions options, Clock clock) {
		if (!(settings.credentials() instanceof Credentials.BearerToken token)) {
			throw new IllegalArgumentException("Slack needs an Org admin's user token");
		}
		this.base = settings.baseUrl().toString();
		this.orgId = settings.externalId();
		this.defaultDays = settings.defaultRetentionDays();
		this.pageSize = options.pageSize();
		this.clock = clock;
		this.transport = new JsonTransport(client, options, "Slack " + this.orgId,
				RequestAuthenticator.bearer(token.token()), new SlackErrors());
	}

	@Override
	public PlatformKind kind() {
		return PlatformKind.SLACK;
	}

	@Override
	public PlatformStatus fetchStatus() {
		List<GroupStatus> groups = new ArrayList<>();
		PlatformStatus status = streamStatus(groups::add);
		return new PlatformStatus(status.kind(), status.externalId(), status.name(), status.facts(), groups,
				status.accounts(), status.capture(), status.fetchedAt());
	}

	/**
	 * Lists the grid's conversations with their retention. The search carries no
	 * retention, so each conversation costs a {@code getCustomRetention}: a page's are
	 * sent side by side, at most {@value #PARALLEL_READS} at a time (fewer than the
	 * shared client's connections per backend), and the next page is asked for beside
	 * them; the sink gets the conversations in the search's order, and the first failure,
	 * in that order, ends the listing. Each call keeps its own 429 back-off.
	 */
	@Override
	public PlatformStatus streamStatus(Consumer<GroupStatus> sink) {
		int count = 0;
		Semaphore permits = new Semaphore(PARALLEL_READS);
		ExecutorService reads = Executors.newVirtualThreadPerTaskExecutor();
		try {
			String cursor = "";
			Future<JsonNode> pending = reads.submit(() -> searchPage(""));
			while (pending != null) {
				JsonNode page = result(pending);
				List<JsonNode> conversations = new ArrayList<>();
				Json.array(page, "conversations").forEach(conversations::add);
				List<Future<@Nullable Integer>> retentions = new ArrayList<>(conversations.size());
				for (JsonNode conversation : conversations) {
					String id = Json.text(conversation, "id");
					retentions.add(reads.submit(() -> limited(permits, () -> retention(id))));
				}
				String next = nextCursor(page);
				if (!next.isEmpty() && next.equals(cursor)) {
					throw new ConnectorException(Kind.MALFORMED_RESPONSE,
							this.transport.label() + ": admin.conversations.search next_cursor did not advance");
				}
				cursor = next;
				pending = next.isEmpty() ? null : reads.submit(() -> searchPage(next));
				for (int i = 0; i < conversations.size(); i++) {
					JsonNode conversation = conversations.get(i);
					String id = Json.text(conversation, "id");
					sink.accept(new GroupStatus(id, Json.text(conversation, "name", id),
							settings(result(retentions.get(i))),
							new AccountCounts(Json.number(conversation, "member_count", 0), 0, 0), null));
					count++;
				}
			}
		}
		finally {
			// a failure leaves reads in flight: they are not waited for
			reads.shutdownNow();
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("conversations", Integer.toString(count));
		facts.put("orgDefault", defaultText());
		return new PlatformStatus(PlatformKind.SLACK, this.orgId, "Slack " + this.orgId, facts, List.of(), users(),
				CaptureState.notSupported("Slack's Discovery API and exports are not governed here"),
				this.clock.instant());
	}

	private JsonNode searchPage(String cursor) {
		Map<String, Object> args = new LinkedHashMap<>();
		args.put("limit", Math.min(this.pageSize, SEARCH_LIMIT));
		if (!cursor.isEmpty()) {
			args.put("cursor", cursor);
		}
		return call("admin.conversations.search", args);
	}

	private static <T> T limited(Semaphore permits, Callable<T> read) throws Exception {
		permits.acquire();
		try {
			return read.call();
		}
		finally {
			permits.release();
		}
	}

	/** What a read answered; its connector error as it was thrown. */
	private <T> T result(Future<T> read) {
		try {
			return read.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Kind.UNAVAILABLE, this.transport.label() + ": the listing was interrupted");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new ConnectorException(Kind.UNAVAILABLE, this.transport.label() + ": a read was interrupted",
					ex.getCause());
		}
	}

	@Override
	public ApplyResult apply(String groupExternalId, DeletionSettings settings, String idempotencyToken) {
		Unsupported.check(this.transport.label(), settings);
		Integer wanted = wantedDays(settings);
		DeletionSettings current = settings(retention(groupExternalId));
		if (current.equals(settings(wanted))) {
			return new ApplyResult(groupExternalId, current, false, idempotencyToken, List.of());
		}
		List<String> notes = new ArrayList<>();
		if (wanted == null) {
			if (this.defaultDays != null && this.defaultDays >= 0) {
				throw new ConnectorException(Kind.VALIDATION,
						this.transport.label() + ": the org's default deletes after " + this.defaultDays
								+ " days, so a conversation cannot keep its messages forever",
						0, List.of(new FieldReason("maxLifetime", "Slack keeps messages only where the org default "
								+ "does; set a retention of 1 to 36,500 days instead")),
						null, null);
			}
			call("admin.conversations.removeCustomRetention", Map.of("channel_id", groupExternalId));
			notes.add("The custom retention was removed: the conversation follows the org default (" + defaultText()
					+ ").");
		}
		else {
			call("admin.conversations.setCustomRetention",
					Map.of("channel_id", groupExternalId, "duration_days", wanted));
		}
		return new ApplyResult(groupExternalId, settings(wanted), true, idempotencyToken, notes);
	}

	/**
	 * The custom retention in days, or null when the conversation follows the default.
	 */
	private @Nullable Integer retention(String channelId) {
		JsonNode body = call("admin.conversations.getCustomRetention", Map.of("channel_id", channelId));
		if (!Json.flag(body, "is_policy_enabled", false)) {
			return null;
		}
		long days = Json.number(body, "duration_days");
		if (days < 1 || days > PlatformCapabilities.SLACK_MAX_DAYS) {
			throw new ConnectorException(Kind.MALFORMED_RESPONSE,
					this.transport.label() + ": admin.conversations.getCustomRetention answered duration_days " + days);
		}
		return (int) days;
	}

	/** The days to set, or null to keep (follow a default that keeps). */
	private @Nullable Integer wantedDays(DeletionSettings settings) {
		if (!settings.autoDelete()) {
			return null;
		}
		Duration lifetime = settings.maxLifetime();
		if (lifetime == null || lifetime.isZero() || lifetime.toSeconds() % 86_400 != 0
				|| lifetime.toDays() > PlatformCapabilities.SLACK_MAX_DAYS) {
			throw new ConnectorException(Kind.VALIDATION,
					this.transport.label() + ": a Slack retention is a whole number of days from 1 to 36,500", 0,
					List.of(new FieldReason("maxLifetime", "whole days, 1 to 36,500")), null, null);
		}
		return (int) lifetime.toDays();
	}

	/** What a conversation's messages live under: its custom days, else the default. */
	private DeletionSettings settings(@Nullable Integer customDays) {
		Integer days = (customDays != null) ? customDays
				: (this.defaultDays != null && this.defaultDays >= 0) ? this.defaultDays : null;
		return (days == null) ? new DeletionSettings(false, null, null, 0, false)
				: new DeletionSettings(true, Duration.ofDays(days), null, 0, false);
	}

	private String defaultText() {
		if (this.defaultDays == null) {
			return "keep everything (Slack's default; not configured in the console, Slack's API does not "
					+ "expose it)";
		}
		return ((this.defaultDays < 0) ? "keep everything" : this.defaultDays + " days")
				+ " (configured in the console; Slack's API does not expose it)";
	}

	private AccountCounts users() {
		long active = 0;
		long deactivated = 0;
		String cursor = "";
		do {
			Map<String, Object> args = new LinkedHashMap<>();
			args.put("limit", Math.min(Math.max(this.pageSize, 1), USERS_LIMIT));
			if (!cursor.isEmpty()) {
				args.put("cursor", cursor);
			}
			JsonNode page = call("admin.users.list", args);
			for (JsonNode user : Json.array(page, "users")) {
				if (Json.flag(user, "is_bot", false)) {
					continue;
				}
				if (Json.flag(user, "is_active", true)) {
					active++;
				}
				else {
					deactivated++;
				}
			}
			String next = nextCursor(page);
			if (!next.isEmpty() && next.equals(cursor)) {
				throw new ConnectorException(Kind.MALFORMED_RESPONSE,
						this.transport.label() + ": admin.users.list next_cursor did not advance");
			}
			cursor = next;
		}
		while (!cursor.isEmpty());
		return new AccountCounts(active, 0, deactivated);
	}

	private static String nextCursor(JsonNode page) {
		JsonNode next = page.path("response_metadata").path("next_cursor");
		return next.isString() ? next.asString() : "";
	}

	/**
	 * One Web API method: a JSON POST, safe to repeat (reads, and writes of an absolute
	 * value); an {@code ok: false} answer is a connector error.
	 */
	private JsonNode call(String method, Map<String, Object> args) {
		JsonNode body = this.transport.send(
				HttpCall.write(method, "POST", URI.create(this.base + "/api/" + method), Json.bytes(args), null, true));
		if (!body.isObject() || !body.path("ok").isBoolean()) {
			throw new ConnectorException(Kind.MALFORMED_RESPONSE,
					this.transport.label() + ": " + method + " answered without Slack's ok field");
		}
		if (!body.get("ok").booleanValue()) {
			throw SlackErrors.failure(this.transport.label(), method, body);
		}
		return body;
	}

}
