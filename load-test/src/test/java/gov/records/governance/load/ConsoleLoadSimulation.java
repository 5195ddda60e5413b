package gov.records.governance.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Issue 12 Build 6: {@code load.apiClients} API clients (half as the CIO, half as a
 * platform administrator, HTTP Basic) read the groups list, a group's page data (its
 * settings, required retention and open findings, then its history) and preview a change,
 * while {@code load.uiSessions} browser sessions sign in and open the dashboard and the
 * groups view over HTTP, Vaadin's bootstrap page and its init request (which builds the
 * view on the server) included. Each UI round is a new session, kept open, so the heap
 * the rounds add divided by the sessions they opened is the memory of one Vaadin session
 * ({@link HeapProbe}). Zero failed requests is asserted; the latency goals are read from
 * the report (a benchmark, not a test).
 */
public class ConsoleLoadSimulation extends Simulation {

	private static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:20000");

	private static final Duration DURATION = LoadDurations.parse(System.getProperty("load.duration", "5m"));

	private static final int API_CLIENTS = Integer.getInteger("load.apiClients", 100);

	private static final int UI_SESSIONS = Integer.getInteger("load.uiSessions", 20);

	private static final String PASSWORD = System.getProperty("load.password", "demo");

	private static final Duration RAMP = Duration.ofSeconds(Math.min(10, Math.max(1, DURATION.toSeconds() / 10)));

	private final HeapProbe heap = new HeapProbe(BASE, PASSWORD);

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("governance-load-test")
		.shareConnections()
		.disableCaching();

	/** cio, admin, cio, admin, ... */
	private static Iterator<Map<String, Object>> apiUsers() {
		int[] next = { 0 };
		return Stream.generate(() -> Map.<String, Object>of("user", (next[0]++ % 2 == 0) ? "cio" : "admin")).iterator();
	}

	private final ChainBuilder apiRound = exec(http("groups list").get("/api/groups")
		.queryParam("size", "50")
		.queryParam("page", (session) -> ThreadLocalRandom.current().nextInt(0, 100))
		.basicAuth("#{user}", PASSWORD)
		.check(status().is(200), jsonPath("$[*].id").findRandom().saveAs("groupId")))
		.exec(http("group page").get("/api/groups/#{groupId}")
			.basicAuth("#{user}", PASSWORD)
			.check(status().is(200), jsonPath("$.version").saveAs("version"),
					jsonPath("$.group.settings").ofMap().transform(ConsoleLoadSimulation::json).saveAs("settings")))
		.exec(http("group history").get("/api/groups/#{groupId}/history")
			.basicAuth("#{user}", PASSWORD)
			.check(status().is(200)))
		// previews are the administrators' (the CIO reads only)
		.doIf((session) -> "admin".equals(session.getString("user")))
		.then(exec(http("change preview").post("/api/groups/#{groupId}/changes/preview")
			.basicAuth("#{user}", PASSWORD)
			.header("Content-Type", "application/json")
			.body(StringBody(
					"{\"expectedVersion\":#{version},\"settings\":#{settings},\"reason\":\"load test: what would change\"}"))
			.check(status().is(200))));

	private final ChainBuilder uiRound = exec(flushCookieJar())
		.exec(http("login page").get("/login").check(status().is(200)))
		.exec(http("sign in").post("/login")
			.formParam("username", "#{uiUser}")
			.formParam("password", PASSWORD)
			.disableFollowRedirect()
			.check(status().is(302), header("Location").transform((to) -> to.contains("error")).is(false)))
		.group("dashboard")
		.on(ViewRequests.open("dashboard", "", "Dashboard"))
		.group("groups view")
		.on(ViewRequests.open("groups view", "groups", "Groups"));

	private final ScenarioBuilder api = scenario("API clients").feed(apiUsers())
		.exec(during(DURATION).on(this.apiRound));

	private final ScenarioBuilder ui = scenario("UI sessions")
		.exec((session) -> session.set("uiUser", (session.userId() % 2 == 0) ? "cio" : "admin"))
		.exec(during(DURATION).on(this.uiRound));

	{
		setUp(this.api.injectOpen(rampUsers(API_CLIENTS).during(RAMP)),
				this.ui.injectOpen(rampUsers(UI_SESSIONS).during(RAMP)))
			.protocols(this.protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

	/** The group's settings as JSON again, for the preview's body. */
	private static String json(Object settings) {
		if (settings instanceof Map<?, ?> map) {
			StringBuilder out = new StringBuilder("{");
			map.forEach((key, value) -> {
				if (out.length() > 1) {
					out.append(',');
				}
				out.append('"').append(key).append("\":");
				out.append((value instanceof String text) ? "\"" + text + "\"" : String.valueOf(value));
			});
			return out.append('}').toString();
		}
		return String.valueOf(settings);
	}

	@Override
	public void before() {
		this.heap.before();
	}

	@Override
	public void after() {
		this.heap.after();
	}

}
