package gov.records.governance.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * A real HTTP server on loopback that stands in for the messaging backends: the Wickr
 * Admin API under {@code /networks}, Mattermost under {@code /api/v4}, Synapse under
 * {@code /_synapse} and {@code /_matrix}, Slack's Web API under {@code /api/<method>}.
 * Seed it with {@link #builder()}, {@link #start()} it (port 0 picks a free port), point
 * connectors at {@link #connectionSettings}, and flip {@link #faults()} or
 * {@link #changeDirectly} from tests or an admin page. Thread-safe.
 * <p>
 * Requests are answered on the server's own dispatcher thread: every answer takes
 * microseconds, and handing each one to another thread costs a wake-up per request, which
 * on a busy machine waits for a core (a sync of a large network is 250 requests in a row;
 * DD013). While a latency fault is on, each request gets a virtual thread of its own, so
 * a slow answer holds up only its own caller.
 */
public final class BackendSimulator implements AutoCloseable {

	private static final int MAX_REQUEST_BYTES = 1024 * 1024;

	static {
		// Without TCP_NODELAY the JDK server's header and body writes meet the client's
		// delayed ACK: ~40 ms per request on loopback. Read once, when the first server
		// starts.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final Builder seed;

	private final FaultSwitches faults = new FaultSwitches();

	private final Map<PlatformKind, FaultSwitches> platformFaults = new EnumMap<>(
			Map.of(PlatformKind.WICKR, new FaultSwitches(), PlatformKind.MATTERMOST, new FaultSwitches(),
					PlatformKind.MATRIX, new FaultSwitches(), PlatformKind.SLACK, new FaultSwitches()));

	private final SimulatorCounters counters = new SimulatorCounters();

	private final @Nullable WickrBackend wickr;

	private final @Nullable MattermostBackend mattermost;

	private final @Nullable MatrixBackend matrix;

	private final @Nullable SlackBackend slack;

	private @Nullable HttpServer server;

	private @Nullable ExecutorService executor;

	private BackendSimulator(Builder seed) {
		this.seed = seed;
		List<SimulatedGroup> wickrGroups = seed.groups(PlatformKind.WICKR);
		List<SimulatedGroup> mattermostGroups = seed.groups(PlatformKind.MATTERMOST);
		List<SimulatedGroup> matrixGroups = seed.groups(PlatformKind.MATRIX);
		List<SimulatedGroup> slackGroups = seed.groups(PlatformKind.SLACK);
		this.wickr = wickrGroups.isEmpty() ? null
				: new WickrBackend(seed.networkId, seed.networkName, seed.premium, seed.capture,
						new SigV4Verifier(seed.accessKeyId, seed.secretAccessKey, seed.region, "wickr", seed.clock),
						this.counters, seed.clock);
		this.mattermost = mattermostGroups.isEmpty() ? null
				: new MattermostBackend(seed.token, seed.mattermostGlobalDays, this.counters, seed.clock);
		this.matrix = matrixGroups.isEmpty() ? null
				: new MatrixBackend(seed.matrixServerName, seed.token, seed.matrixNotJoined, this.counters);
		wickrGroups.forEach((group) -> this.wickr.seed(group));
		mattermostGroups.forEach((group) -> this.mattermost.seed(group));
		seed.sharedPolicies
			.forEach((policy) -> this.mattermost.sharedPolicy(policy.name(), policy.days(), policy.groups()));
		matrixGroups.forEach((group) -> this.matrix.seed(group));
		this.slack = slackGroups.isEmpty() ? null
				: new SlackBackend(seed.slackToken, seed.slackOrgDefaultDays, this.counters);
		slackGroups.forEach((group) -> this.slack.seed(group));
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Binds to 127.0.0.1 on the builder's port (0: any free port) and starts serving. */
	public synchronized BackendSimulator start() {
		if (this.server != null) {
			return this;
		}
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.seed.port),
					128);
			ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
			this.executor = threads;
			http.setExecutor((exchange) -> {
				if (this.faults.latency().isZero()
						&& this.platformFaults.values().stream().allMatch((f) -> f.latency().isZero())) {
					exchange.run();
				}
				else {
					threads.execute(exchange);
				}
			});
			http.createContext("/", this::serve);
			http.start();
			this.server = http;
			return this;
		}
		catch (IOException ex) {
			throw new IllegalStateException("The backend simulator could not listen on port " + this.seed.port, ex);
		}
	}

	/** Stops serving; requests in flight are cut. */
	public synchronized void stop() {
		if (this.server != null) {
			this.server.stop(0);
			this.executor.shutdownNow();
			this.server = null;
		}
	}

	@Override
	public void close() {
		stop();
	}

	public URI baseUri() {
		HttpServer http = this.server;
		if (http == null) {
			throw new IllegalStateException("The backend simulator is not started");
		}
		return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
	}

	public FaultSwitches faults() {
		return this.faults;
	}

	/**
	 * The switches of one platform's backend only: they act on its requests alone, before
	 * the switches of {@link #faults()}, which act on every platform.
	 */
	public FaultSwitches faults(PlatformKind kind) {
		FaultSwitches switches = this.platformFaults.get(kind);
		if (switches == null) {
			throw new IllegalArgumentException("The simulator serves Wickr, Mattermost, Matrix and Slack only");
		}
		return switches;
	}

	public SimulatorCounters counters() {
		return this.counters;
	}

	/**
	 * How a connector reaches the simulated platform with the seeded credentials (the
	 * console would read real ones from the environment).
	 */
	public ConnectionSettings connectionSettings(PlatformKind kind) {
		return switch (kind) {
			case WICKR -> ConnectionSettings.wickr(baseUri(), this.seed.networkId, this.seed.region,
					this.seed.accessKeyId, this.seed.secretAccessKey);
			case MATTERMOST -> ConnectionSettings.mattermost(baseUri(), "simulated-mattermost", this.seed.token);
			case MATRIX -> ConnectionSettings.matrix(baseUri(), this.seed.matrixServerName, this.seed.token);
			case SLACK -> ConnectionSettings.slack(baseUri(), this.seed.slackOrgId, this.seed.slackToken,
					this.seed.slackOrgDefaultDays);
			case OTHER -> throw new IllegalArgumentException("The simulator has no OTHER platform");
		};
	}

	/**
	 * "Someone changed a setting directly in the backend": sets a group's live settings
	 * without going through the API (Wickr's {@code modified} moves; no write is
	 * counted).
	 * @return false when the group is unknown
	 */
	public boolean changeDirectly(PlatformKind kind, String groupExternalId, DeletionSettings settings) {
		boolean changed = switch (kind) {
			case WICKR -> this.wickr != null && this.wickr.changeDirectly(groupExternalId, settings);
			case MATTERMOST -> this.mattermost != null && this.mattermost.changeDirectly(groupExternalId, settings);
			case MATRIX -> this.matrix != null && this.matrix.changeDirectly(groupExternalId, settings);
			case SLACK -> this.slack != null && this.slack.changeDirectly(groupExternalId, settings);
			case OTHER -> false;
		};
		if (changed) {
			this.counters.directChange();
		}
		return changed;
	}

	/**
	 * Plays a Wickr service that ignores {@code X-Client-Token} (true) or honours it (the
	 * default): a repeated write is then applied again.
	 */
	public void wickrIgnoresClientTokens(boolean ignore) {
		if (this.wickr != null) {
			this.wickr.honourClientTokens(!ignore);
		}
	}

	/** A group's live settings as the simulated backend holds them. */
	public Optional<DeletionSettings> liveSettings(PlatformKind kind, String groupExternalId) {
		return switch (kind) {
			case WICKR -> (this.wickr == null) ? Optional.empty() : this.wickr.settings(groupExternalId);
			case MATTERMOST -> (this.mattermost == null) ? Optional.empty() : this.mattermost.settings(groupExternalId);
			case MATRIX -> (this.matrix == null) ? Optional.empty() : this.matrix.settings(groupExternalId);
			case SLACK -> (this.slack == null) ? Optional.empty() : this.slack.settings(groupExternalId);
			case OTHER -> Optional.empty();
		};
	}

	/**
	 * The Slack token's scopes (all of {@code admin.conversations:read}, {@code :write}
	 * and {@code admin.users:read} by default); a method needing another answers
	 * {@code missing_scope}.
	 */
	public void slackScopes(Set<String> scopes) {
		slack().scopes(scopes);
	}

	/**
	 * Whether the Slack org's retention policy lets a conversation override it (true by
	 * default); false answers set and remove with {@code retention_override_not_allowed}.
	 */
	public void slackOverridesAllowed(boolean allowed) {
		slack().overridesAllowed(allowed);
	}

	/**
	 * "Someone deleted the conversation in Slack": it is no longer listed, and every
	 * method naming it answers {@code channel_not_found}.
	 * @return false when it was unknown
	 */
	public boolean slackDeleteConversation(String channelId) {
		return slack().delete(channelId);
	}

	private SlackBackend slack() {
		if (this.slack == null) {
			throw new IllegalStateException("The simulator serves no Slack org: seed a Slack conversation");
		}
		return this.slack;
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			this.counters.request();
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readNBytes(MAX_REQUEST_BYTES + 1);
			}
			Map<String, String> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders()
				.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
			URI uri = exchange.getRequestURI();
			SimRequest request = new SimRequest(exchange.getRequestMethod(), uri.getRawPath(),
					(uri.getRawQuery() == null) ? "" : uri.getRawQuery(), headers, body);
			FaultSwitches own = this.platformFaults.get(kind(request.rawPath()));
			Duration latency = this.faults.latency();
			if (own != null && own.latency().compareTo(latency) > 0) {
				latency = own.latency();
			}
			if (!latency.isZero()) {
				Thread.sleep(latency);
			}
			// every Slack method is a POST: its writes are the methods that set or remove
			boolean write = (kind(request.rawPath()) == PlatformKind.SLACK) ? SlackBackend.isWrite(request.rawPath())
					: request.isWrite();
			Fault fault = (own == null) ? null : own.decide(write);
			if (fault == null) {
				fault = this.faults.decide(write);
			}
			if (fault != null) {
				this.counters.fault();
			}
			if (fault == Fault.DROP_CONNECTION) {
				return;
			}
			SimResponse response = (body.length > MAX_REQUEST_BYTES)
					? SimResponse.json(413, Map.of("message", "Request too large")) : answer(request, fault);
			if (fault == Fault.LOSE_RESPONSE) {
				return;
			}
			send(exchange, response);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static PlatformKind kind(String path) {
		return path.startsWith("/networks") ? PlatformKind.WICKR
				: path.startsWith("/api/v4/") ? PlatformKind.MATTERMOST
						: (path.startsWith("/_synapse/") || path.startsWith("/_matrix/")) ? PlatformKind.MATRIX
								: (path.startsWith("/api/") && path.indexOf('/', 5) < 0) ? PlatformKind.SLACK
										: PlatformKind.OTHER;
	}

	private SimResponse answer(SimRequest request, @Nullable Fault fault) {
		PlatformKind kind = kind(request.rawPath());
		if (fault == Fault.SERVER_ERROR || fault == Fault.THROTTLE) {
			return faultAnswer(kind, fault == Fault.THROTTLE, this.seed.slackRetryAfterSeconds);
		}
		if (fault == Fault.HTML_PAGE) {
			return new SimResponse(200, "text/html; charset=utf-8", Map.of(),
					"<html><body><h1>Proxy login required</h1></body></html>".getBytes(StandardCharsets.UTF_8));
		}
		if (fault == Fault.OVERSIZED_BODY) {
			byte[] big = new byte[2 * 1024 * 1024];
			Arrays.fill(big, (byte) ' ');
			big[0] = '[';
			big[big.length - 1] = ']';
			return new SimResponse(200, "application/json", Map.of(), big);
		}
		SimResponse response = switch (kind) {
			case WICKR -> (this.wickr == null) ? notServed() : this.wickr.handle(request);
			case MATTERMOST -> (this.mattermost == null) ? notServed() : this.mattermost.handle(request);
			case MATRIX -> (this.matrix == null) ? notServed() : this.matrix.handle(request);
			case SLACK -> (this.slack == null) ? notServed() : this.slack.handle(request);
			case OTHER -> notServed();
		};
		if (fault == Fault.MALFORMED_JSON) {
			byte[] cut = Arrays.copyOf(response.body(), Math.max(1, response.body().length / 2) + 3);
			cut[cut.length - 3] = '}';
			cut[cut.length - 2] = '{';
			cut[cut.length - 1] = ',';
			return new SimResponse(200, "application/json", Map.of(), cut);
		}
		return response;
	}

	private static SimResponse faultAnswer(PlatformKind kind, boolean throttle, int slackRetryAfter) {
		int status = throttle ? 429 : 500;
		SimResponse answer = switch (kind) {
			case WICKR -> throttle ? WickrBackend.error(429, "RateLimitError", "Rate limit exceeded")
					: WickrBackend.error(500, "InternalServerError", "Internal server error");
			case MATTERMOST -> MattermostBackend.error(status,
					throttle ? "api.context.rate_limit.app_error" : "api.context.500.app_error",
					throttle ? "Too many requests" : "An internal error occurred");
			case MATRIX -> throttle
					? SimResponse.json(429,
							Map.of("errcode", "M_LIMIT_EXCEEDED", "error", "Too Many Requests", "retry_after_ms", 0))
					: MatrixBackend.error(500, "M_UNKNOWN", "Internal server error");
			case SLACK ->
				SimResponse.json(status, Map.of("ok", false, "error", throttle ? "ratelimited" : "internal_error"));
			case OTHER -> SimResponse.json(status, Map.of("message", "fault"));
		};
		if (!throttle) {
			return answer;
		}
		Map<String, String> headers = new LinkedHashMap<>(answer.headers());
		// Slack's tier limits answer in whole seconds
		headers.put("Retry-After", (kind == PlatformKind.SLACK) ? Integer.toString(slackRetryAfter) : "0");
		return new SimResponse(answer.status(), answer.contentType(), headers, answer.body());
	}

	private static SimResponse notServed() {
		return SimResponse.json(404, Map.of("message", "Not served by this simulator"));
	}

	private static void send(HttpExchange exchange, SimResponse response) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", response.contentType());
		response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		byte[] body = response.body();
		exchange.sendResponseHeaders(response.status(), (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	/** What the simulator starts with. */
	public static final class Builder {

		private int port;

		private Clock clock = Clock.systemUTC();

		private String networkId = "12345678";

		private String networkName = "Simulated Wickr network";

		private boolean premium = true;

		private WickrBackend.WickrCaptureSeed capture = WickrBackend.WickrCaptureSeed.allOn();

		private String region = "us-east-1";

		private String accessKeyId = "AKIDSIMULATOR";

		private String secretAccessKey = "simulator-secret-access-key";

		private String token = "simulator-token";

		private long mattermostGlobalDays = -1;

		private String matrixServerName = "matrix.example.gov";

		private String slackOrgId = "E0SIMULATED";

		private String slackToken = "xoxp-simulator-user-token";

		private @Nullable Integer slackOrgDefaultDays;

		private int slackRetryAfterSeconds = 1;

		private final Set<String> matrixNotJoined = new HashSet<>();

		private final List<SimulatedGroup> groups = new ArrayList<>();

		private record SharedPolicy(String name, long days, List<String> groups) {

		}

		private final List<SharedPolicy> sharedPolicies = new ArrayList<>();

		private Builder() {
		}

		public Builder port(int port) {
			this.port = port;
			return this;
		}

		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/** The Wickr network served (8 digits), its name and whether it is PREMIUM. */
		public Builder wickrNetwork(String networkId, String name, boolean premium) {
			this.networkId = networkId;
			this.networkName = name;
			this.premium = premium;
			return this;
		}

		/** The AWS keys and region the Wickr API accepts. */
		public Builder awsCredentials(String accessKeyId, String secretAccessKey, String region) {
			this.accessKeyId = accessKeyId;
			this.secretAccessKey = secretAccessKey;
			this.region = region;
			return this;
		}

		/** The Wickr network's capture flags (all true by default). */
		public Builder wickrCapture(boolean dataRetention, boolean botExists, boolean botActive, boolean botRegistered,
				boolean serviceEnabled, boolean pubkeyAcked) {
			this.capture = new WickrBackend.WickrCaptureSeed(dataRetention, botExists, botActive, botRegistered,
					serviceEnabled, pubkeyAcked);
			return this;
		}

		/** The bearer token Mattermost and Matrix accept. */
		public Builder bearerToken(String token) {
			this.token = token;
			return this;
		}

		/** Mattermost's global policy in days (-1, the default, keeps forever). */
		public Builder mattermostGlobalPolicy(long days) {
			this.mattermostGlobalDays = days;
			return this;
		}

		/** One Mattermost policy holding several seeded teams or channels. */
		public Builder mattermostSharedPolicy(String name, long days, String... groupExternalIds) {
			this.sharedPolicies.add(new SharedPolicy(name, days, List.of(groupExternalIds)));
			return this;
		}

		/**
		 * The Slack org served, the Org admin's user token it accepts, and its default
		 * retention in days (-1 keeps forever; null, the default, is Slack's own default:
		 * keep).
		 */
		public Builder slackOrg(String orgId, String userToken, @Nullable Integer defaultDays) {
			this.slackOrgId = orgId;
			this.slackToken = userToken;
			this.slackOrgDefaultDays = defaultDays;
			return this;
		}

		/**
		 * The Retry-After seconds of Slack's 429 under a THROTTLE fault (1 by default).
		 */
		public Builder slackRetryAfterSeconds(int seconds) {
			this.slackRetryAfterSeconds = seconds;
			return this;
		}

		public Builder matrixServerName(String serverName) {
			this.matrixServerName = serverName;
			return this;
		}

		/**
		 * A Matrix room the console's account is not in (the client-server API refuses
		 * it).
		 */
		public Builder matrixRoomWithoutConsole(String roomId) {
			this.matrixNotJoined.add(roomId);
			return this;
		}

		public Builder group(SimulatedGroup group) {
			this.groups.add(group);
			return this;
		}

		public Builder group(PlatformKind kind, String externalId, String name, DeletionSettings settings,
				AccountCounts accounts) {
			return group(new SimulatedGroup(kind, externalId, name, settings, accounts));
		}

		public BackendSimulator build() {
			return new BackendSimulator(this);
		}

		private List<SimulatedGroup> groups(PlatformKind kind) {
			return this.groups.stream().filter((group) -> group.kind() == kind).toList();
		}

	}

}
