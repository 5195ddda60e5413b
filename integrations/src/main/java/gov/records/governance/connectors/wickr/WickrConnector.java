package gov.records.governance.connectors.wickr;

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
import gov.records.governance.connectors.transport.BodyReader;
import gov.records.governance.connectors.transport.HttpCall;
import gov.records.governance.connectors.transport.Json;
import gov.records.governance.connectors.transport.JsonTransport;
import gov.records.governance.connectors.transport.SharedHttpClient;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The AWS Wickr Admin API (2024-02-01) for one network. Reads pages of at most 100
 * (Wickr's limit) with {@code nextToken}, the next one on its way while the last is read
 * ({@link WickrPages}), streams them, and writes with an {@code X-Client-Token} derived
 * from the caller's idempotency token, so a retried write is applied once. Thread-safe;
 * share one per network.
 */
public final class WickrConnector implements BackendConnector {

	private static final Pattern NETWORK_ID = Pattern.compile("[0-9]{8}");

	private static final int WICKR_MAX_PAGE = 100;

	private final JsonTransport transport;

	private final String networkId;

	private final URI base;

	private final int pageSize;

	private final Clock clock;

	public WickrConnector(SharedHttpClient client, ConnectionSettings settings, ConnectorOptions options) {
		this(client, settings, options, Clock.systemUTC());
	}

	WickrConnector(SharedHttpClient client, ConnectionSettings settings, ConnectorOptions options, Clock clock) {
		if (!(settings.credentials() instanceof Credentials.AwsKeys keys)) {
			throw new IllegalArgumentException("Wickr needs AWS access keys");
		}
		if (!NETWORK_ID.matcher(settings.externalId()).matches()) {
			throw new IllegalArgumentException("A Wickr networkId has 8 digits, not '" + settings.externalId() + "'");
		}
		this.networkId = settings.externalId();
		this.base = URI.create(settings.baseUrl() + "/networks/" + this.networkId);
		this.pageSize = Math.min(options.pageSize(), WICKR_MAX_PAGE);
		this.clock = clock;
		this.transport = new JsonTransport(client, options, "Wickr network " + this.networkId,
				new SigV4Signer(keys.accessKeyId(), keys.secretAccessKey(), settings.region(), "wickr", clock, true),
				new WickrErrors());
	}

	@Override
	public PlatformKind kind() {
		return PlatformKind.WICKR;
	}

	@Override
	public PlatformStatus fetchStatus() {
		return this.transport.reading("reading the status", this::readStatus);
	}

	private PlatformStatus readStatus() {
		JsonNode network = this.transport.send(HttpCall.get("GetNetwork", this.base));
		CaptureState capture = captureState();
		Map<String, long[]> tally = tallyUsers();
		List<GroupStatus> groups = new ArrayList<>();
		forEachSecurityGroup((row) -> groups.add(status(row, capture.enabled(), tally)));
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("accessLevel", Json.text(network, "accessLevel", "unknown"));
		facts.put("securityGroups", Integer.toString(groups.size()));
		return new PlatformStatus(PlatformKind.WICKR, this.networkId, Json.text(network, "networkName", this.networkId),
				facts, groups, total(tally), capture, this.clock.instant());
	}

	/**
	 * Streams every security group with its live settings into {@code sink}, one page in
	 * memory at a time (account counts are not included: see {@link #fetchStatus()}).
	 * @return how many groups were read
	 */
	public int streamSecurityGroups(Consumer<GroupStatus> sink) {
		return this.transport.reading("reading the security groups", () -> readSecurityGroups(sink));
	}

	private int readSecurityGroups(Consumer<GroupStatus> sink) {
		boolean capture = captureState().enabled();
		Map<String, long[]> none = Map.of();
		return forEachSecurityGroup((row) -> sink.accept(status(row, capture, none)));
	}

	/**
	 * Streams the network: its facts, capture state and user totals
	 * ({@code GetUsersCount}: one call instead of paging every user), then every security
	 * group with its active members as its account count (Wickr's group list carries no
	 * pending or suspended counts).
	 */
	@Override
	public PlatformStatus streamStatus(Consumer<GroupStatus> groups) {
		return this.transport.reading("reading the status", () -> readStream(groups));
	}

	private PlatformStatus readStream(Consumer<GroupStatus> groups) {
		JsonNode network = this.transport.send(HttpCall.get("GetNetwork", this.base));
		CaptureState capture = captureState();
		JsonNode users = this.transport.send(HttpCall.get("GetUsersCount", URI.create(this.base + "/users/count")));
		int count = forEachSecurityGroup((row) -> groups.accept(new GroupStatus(row.id(), row.name(),
				row.settings(capture.enabled()), new AccountCounts(row.activeMembers(), 0, 0),
				(row.modified() > 0) ? Instant.ofEpochSecond(row.modified()) : null)));
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("accessLevel", Json.text(network, "accessLevel", "unknown"));
		facts.put("securityGroups", Integer.toString(count));
		facts.put("licencesRemaining", Json.text(users, "remaining", "unknown"));
		AccountCounts accounts = new AccountCounts(users.path("active").asLong(0), users.path("pending").asLong(0), 0);
		return new PlatformStatus(PlatformKind.WICKR, this.networkId, Json.text(network, "networkName", this.networkId),
				facts, List.of(), accounts, capture, this.clock.instant());
	}

	/**
	 * Pushes governed settings. Capture in Wickr is one switch for the whole network, so
	 * a group governed without capture never turns it off for the others; a group that
	 * needs capture turns it on.
	 */
	@Override
	public ApplyResult push(String groupExternalId, DeletionSettings governed, String idempotencyToken) {
		return apply(groupExternalId, governed, idempotencyToken, true);
	}

	@Override
	public ApplyResult apply(String groupExternalId, DeletionSettings settings, String idempotencyToken) {
		return apply(groupExternalId, settings, idempotencyToken, false);
	}

	private ApplyResult apply(String groupExternalId, DeletionSettings settings, String idempotencyToken,
			boolean keepNetworkCapture) {
		return this.transport.reading("applying settings to " + groupExternalId,
				() -> write(groupExternalId, settings, idempotencyToken, keepNetworkCapture));
	}

	private ApplyResult write(String groupExternalId, DeletionSettings settings, String idempotencyToken,
			boolean keepNetworkCapture) {
		long ttl = seconds(settings);
		long bor = (settings.burnOnRead() == null) ? 0 : whole(settings.burnOnRead(), "burnOnRead");
		URI group = groupUri(groupExternalId);
		SecurityGroupRow current = this.transport.send(HttpCall.get("GetSecurityGroup", group), WickrJson::singleGroup);
		CaptureState capture = captureState();
		List<String> notes = new ArrayList<>();
		boolean changed = false;
		if (keepNetworkCapture && capture.enabled() && !settings.captureEnabled()) {
			notes.add("Capture stays on: in Wickr it is network-wide, and other groups may need it.");
			settings = new DeletionSettings(settings.autoDelete(), settings.maxLifetime(), settings.burnOnRead(),
					settings.shredderIntensity(), true);
		}
		int intensity = settings.shredderIntensity();
		if (!current.sameDeletionSettings(ttl, bor, intensity)) {
			Map<String, Object> body = Map.of("securityGroupSettings", Map.of("maxTtl", ttl, "maxBor", bor, "shredder",
					Map.of("intensity", settings.shredderIntensity())));
			// read-before-retry: a write whose answer was lost is not sent again when
			// the group already holds it, even if the service ignores X-Client-Token
			current = this.transport.sendReadingBeforeRetry(
					HttpCall.write("UpdateSecurityGroup", "PATCH", group, Json.bytes(body),
							clientToken(idempotencyToken, "security-group:" + groupExternalId), false),
					WickrJson::singleGroup, () -> {
						SecurityGroupRow seen = this.transport.send(HttpCall.get("GetSecurityGroup", group),
								WickrJson::singleGroup);
						return seen.sameDeletionSettings(ttl, bor, intensity) ? seen : null;
					});
			changed = true;
		}
		if (settings.captureEnabled() != capture.enabled()) {
			capture = changeCapture(settings.captureEnabled(), idempotencyToken, notes);
			changed = true;
		}
		return new ApplyResult(groupExternalId, current.settings(capture.enabled()), changed, idempotencyToken, notes);
	}

	private CaptureState changeCapture(boolean on, String token, List<String> notes) {
		notes.add("Capture is network-wide in Wickr: turned " + (on ? "on" : "off") + " for every group in network "
				+ this.networkId + ".");
		URI settingsUri = URI.create(this.base + "/settings");
		URI bots = URI.create(this.base + "/data-retention-bots");
		byte[] setting = Json.bytes(Map.of("settings", Map.of("dataRetention", on)));
		byte[] action = Json.bytes(Map.of("actionType", on ? "ENABLE" : "DISABLE"));
		if (on) {
			this.transport.send(HttpCall.write("UpdateNetworkSettings", "PATCH", settingsUri, setting,
					clientToken(token, "network-settings:" + on), true));
			this.transport.send(HttpCall.write("UpdateDataRetention", "PATCH", bots, action,
					clientToken(token, "data-retention:" + on), true));
		}
		else {
			this.transport.send(HttpCall.write("UpdateDataRetention", "PATCH", bots, action,
					clientToken(token, "data-retention:" + on), true));
			this.transport.send(HttpCall.write("UpdateNetworkSettings", "PATCH", settingsUri, setting,
					clientToken(token, "network-settings:" + on), true));
		}
		CaptureState after = captureState();
		if (on && !after.enabled()) {
			List<String> off = new ArrayList<>();
			after.flags().forEach((flag, value) -> {
				if (!value) {
					off.add(flag);
				}
			});
			notes.add("Capture requested but still off: " + String.join(", ", off)
					+ " false (the data-retention bot is customer-run and must be running).");
		}
		return after;
	}

	private CaptureState captureState() {
		JsonNode settings = this.transport
			.send(HttpCall.get("GetNetworkSettings", URI.create(this.base + "/settings")));
		JsonNode bot = this.transport
			.send(HttpCall.get("GetDataRetentionBot", URI.create(this.base + "/data-retention-bots")));
		return WickrCapture.state(WickrCapture.dataRetentionSetting(settings), bot);
	}

	private int forEachSecurityGroup(Consumer<SecurityGroupRow> sink) {
		int[] count = { 0 };
		page("ListSecurityGroups", "/security-groups", (body) -> WickrJson.groupsPage(body, (row) -> {
			count[0]++;
			sink.accept(row);
		}));
		return count[0];
	}

	private Map<String, long[]> tallyUsers() {
		Map<String, long[]> tally = new HashMap<>();
		page("ListUsers", "/users", (body) -> WickrJson.usersPage(body, tally));
		return tally;
	}

	private void page(String operation, String path, BodyReader<@Nullable String> reader) {
		WickrPages.read(this.transport, operation,
				(token) -> HttpCall.get(operation, URI.create(this.base + path + "?maxResults=" + this.pageSize
						+ ((token == null) ? "" : "&nextToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))),
				reader);
	}

	private static GroupStatus status(SecurityGroupRow row, boolean capture, Map<String, long[]> tally) {
		long[] counts = tally.get(row.id());
		AccountCounts accounts = tally.isEmpty() ? null
				: (counts == null) ? AccountCounts.NONE : new AccountCounts(counts[0], counts[1], counts[2]);
		return new GroupStatus(row.id(), row.name(), row.settings(capture), accounts,
				(row.modified() > 0) ? Instant.ofEpochSecond(row.modified()) : null);
	}

	private static AccountCounts total(Map<String, long[]> tally) {
		long[] sum = new long[3];
		for (long[] counts : tally.values()) {
			for (int i = 0; i < 3; i++) {
				sum[i] += counts[i];
			}
		}
		return new AccountCounts(sum[0], sum[1], sum[2]);
	}

	private URI groupUri(String groupId) {
		if (groupId.isBlank()) {
			throw new ConnectorException(Kind.VALIDATION, "A Wickr security group id is required", 0,
					List.of(new FieldReason("groupExternalId", "blank")), null, null);
		}
		return URI.create(this.base + "/security-groups/"
				+ URLEncoder.encode(groupId, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	private long seconds(DeletionSettings settings) {
		if (!settings.autoDelete() || settings.maxLifetime() == null) {
			throw new ConnectorException(Kind.VALIDATION,
					this.transport.label()
							+ ": Wickr messages always expire; give a maximum lifetime (records are kept by capture)",
					0, List.of(new FieldReason("autoDelete", "Wickr cannot keep messages forever")), null, null);
		}
		return whole(settings.maxLifetime(), "maxLifetime");
	}

	private long whole(Duration duration, String field) {
		if (duration.getNano() != 0 || duration.isNegative()) {
			throw new ConnectorException(Kind.VALIDATION,
					this.transport.label() + ": " + field + " must be a whole, positive number of seconds", 0,
					List.of(new FieldReason(field, "not whole seconds")), null, null);
		}
		return duration.getSeconds();
	}

	/** A stable token per (caller's token, write): the same retry sends the same one. */
	static String clientToken(String idempotencyToken, String write) {
		return UUID.nameUUIDFromBytes((idempotencyToken + "\n" + write).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
