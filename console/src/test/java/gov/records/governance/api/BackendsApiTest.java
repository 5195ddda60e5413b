package gov.records.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.outbox.OutboxWorker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console and the demo's built-in simulator over real HTTP, both ways: platform
 * health without credentials, "sync now", a fault that leaves the console serving and the
 * platform showing its last good state, drift seen on the group, a change pushed through
 * the outbox, capture-bot reports and device inventories with clear refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackendsApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxWorker outbox;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void clearFaults() throws Exception {
		call("POST", "/api/simulator/clear", "admin", "{}", "application/json");
	}

	@Test
	void platformsShowTheirHealthAndNeverTheirCredentials() throws Exception {
		JsonNode synced = json(call("POST", "/api/platforms/1/sync", "admin", null, "application/json"));
		assertThat(synced.path("status").asString()).isEqualTo("SYNCED");
		assertThat(call("POST", "/api/platforms/1/sync", "cio", null, "application/json").statusCode()).isEqualTo(403);
		HttpResponse<String> list = call("GET", "/api/platforms", "cio", null, null);
		JsonNode platforms = json(list);
		JsonNode wickr = find(platforms, "DCR Wickr Network");
		assertThat(wickr.path("simulated").asBoolean()).isTrue();
		assertThat(wickr.path("health").path("status").asString()).isEqualTo("OK");
		assertThat(wickr.path("health").path("groupsSeen").asInt()).isPositive();
		assertThat(wickr.path("circuit").asString()).isEqualTo("Closed");
		assertThat(find(platforms, "WhatsApp (personal devices)").path("health").path("status").asString())
			.isEqualTo("NOT_CONNECTED");
		assertThat(list.body()).doesNotContain("AKIA").doesNotContain("secretAccessKey").doesNotContain("token");
	}

	@Test
	void aFailingBackendLeavesTheConsoleServingAndTheLastGoodStateShowing() throws Exception {
		json(call("POST", "/api/platforms/2/sync", "admin", null, "application/json"));
		String good = find(json(call("GET", "/api/platforms", "cio", null, null)), "DCR Mattermost").path("health")
			.path("lastSuccessAt")
			.asString();
		json(call("POST", "/api/simulator/faults", "admin", "{\"fault\":\"SERVER_ERROR\",\"rate\":1.0}",
				"application/json"));
		JsonNode failed = json(call("POST", "/api/platforms/2/sync", "admin", null, "application/json"));
		assertThat(failed.path("status").asString()).isEqualTo("FAILED");
		assertThat(failed.path("message").asString()).contains("500");
		JsonNode mattermost = find(json(call("GET", "/api/platforms", "cio", null, null)), "DCR Mattermost");
		assertThat(mattermost.path("health").path("status").asString()).isEqualTo("DEGRADED");
		assertThat(mattermost.path("health").path("lastSuccessAt").asString()).isEqualTo(good);
		assertThat(mattermost.path("health").path("lastError").asString()).contains("500");
		assertThat(call("GET", "/api/groups?size=5", "cio", null, null).statusCode()).isEqualTo(200);
	}

	@Test
	void aChangeMadeInTheBackendShowsAsDriftOnTheGroup() throws Exception {
		long group = this.jdbc.queryForObject("select min(id) from messaging_group where platform_id = 3", Long.class);
		String room = this.jdbc.queryForObject("select external_id from messaging_group where id = ?", String.class,
				group);
		json(call("POST", "/api/simulator/direct-changes", "admin",
				"{\"platformKind\":\"MATRIX\",\"groupExternalId\":\"" + room + "\",\"settings\":{\"autoDelete\":true,"
						+ "\"maxLifetimeSeconds\":3600,\"shredderIntensity\":0,\"captureEnabled\":false}}",
				"application/json"));
		json(call("POST", "/api/platforms/3/sync", "admin", null, "application/json"));
		JsonNode backend = json(call("GET", "/api/groups/" + group + "/backend", "inspector", null, null));
		assertThat(backend.path("inStep").asBoolean()).isFalse();
		assertThat(backend.path("live").path("differences").get(0).path("live").asString()).isEqualTo("1 hour");
		assertThat(this.jdbc.queryForObject("select count(*) from finding where rule_id = 'SETTINGS_DRIFT'"
				+ " and group_id = ? and resolved_at is null", Integer.class, group))
			.isEqualTo(1);
	}

	@Test
	void aGovernedChangeIsPushedToTheBackendThroughTheOutbox() throws Exception {
		long group = this.jdbc.queryForObject("""
				select min(g.id) from messaging_group g
				join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
				where g.platform_id = 2 and v.auto_delete = true and v.max_lifetime_seconds < 2592000
				  and not exists (select 1 from change_request r where r.group_id = g.id)
				""", Long.class);
		JsonNode current = json(call("GET", "/api/groups/" + group, "admin", null, null));
		long version = current.path("version").asLong();
		HttpResponse<String> proposed = call("POST", "/api/groups/" + group + "/changes", "admin",
				"{\"expectedVersion\":" + version + ",\"reason\":\"Keep longer while the review runs\","
						+ "\"settings\":{\"autoDelete\":false,\"shredderIntensity\":0,\"captureEnabled\":true}}",
				"application/json");
		assertThat(proposed.statusCode()).as(proposed.body()).isBetween(200, 299);
		JsonNode before = json(call("GET", "/api/groups/" + group + "/backend", "admin", null, null));
		assertThat(before.path("pushes").get(0).path("status").asString()).isEqualTo("PENDING");
		this.outbox.drain();
		JsonNode after = json(call("GET", "/api/groups/" + group + "/backend", "admin", null, null));
		assertThat(after.path("pushes").get(0).path("status").asString()).isEqualTo("APPLIED");
		assertThat(after.path("live").path("live").path("autoDelete").asBoolean()).isFalse();
		assertThat(after.path("inStep").asBoolean()).isTrue();
		assertThat(after.path("live").path("differences").size()).isZero();
	}

	@Test
	void theSlackGridIsSyncedDriftsAndIsGovernedLikeTheOthers() throws Exception {
		JsonNode synced = json(call("POST", "/api/platforms/5/sync", "admin", null, "application/json"));
		assertThat(synced.path("status").asString()).as(synced.toString()).isEqualTo("SYNCED");
		Integer conversations = this.jdbc.queryForObject("select count(*) from messaging_group where platform_id = 5",
				Integer.class);
		JsonNode slack = find(json(call("GET", "/api/platforms", "cio", null, null)), "DCR Slack Grid");
		assertThat(slack.path("health").path("groupsSeen").asInt()).isEqualTo(conversations).isPositive();
		assertThat(slack.toString()).contains("does not expose").doesNotContain("xoxp-");

		// a conversation with a lifetime, changed in Slack to 3 days: drift, a lifetime
		// like any other
		long group = this.jdbc.queryForObject("""
				select min(g.id) from messaging_group g
				join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
				where g.platform_id = 5 and v.auto_delete = true and v.max_lifetime_seconds < 2592000
				  and not exists (select 1 from change_request r where r.group_id = g.id)
				""", Long.class);
		String channel = this.jdbc.queryForObject("select external_id from messaging_group where id = ?", String.class,
				group);
		json(call("POST", "/api/simulator/direct-changes", "admin",
				"{\"platformKind\":\"SLACK\",\"groupExternalId\":\"" + channel + "\",\"settings\":{\"autoDelete\":true,"
						+ "\"maxLifetimeSeconds\":259200,\"shredderIntensity\":0,\"captureEnabled\":false}}",
				"application/json"));
		json(call("POST", "/api/platforms/5/sync", "admin", null, "application/json"));
		JsonNode drifted = json(call("GET", "/api/groups/" + group + "/backend", "inspector", null, null));
		assertThat(drifted.path("inStep").asBoolean()).isFalse();
		assertThat(drifted.path("live").path("differences").get(0).path("live").asString()).isEqualTo("3 days");

		// a governed change (keep: the grid's default keeps) reaches Slack through the
		// outbox
		long version = json(call("GET", "/api/groups/" + group, "admin", null, null)).path("version").asLong();
		HttpResponse<String> proposed = call("POST", "/api/groups/" + group + "/changes", "admin",
				"{\"expectedVersion\":" + version + ",\"reason\":\"Keep while the review runs\","
						+ "\"settings\":{\"autoDelete\":false,\"shredderIntensity\":0,\"captureEnabled\":true}}",
				"application/json");
		assertThat(proposed.statusCode()).as(proposed.body()).isBetween(200, 299);
		this.outbox.drain();
		JsonNode after = json(call("GET", "/api/groups/" + group + "/backend", "admin", null, null));
		assertThat(after.path("pushes").get(0).path("status").asString()).isEqualTo("APPLIED");
		assertThat(after.path("live").path("live").path("autoDelete").asBoolean()).isFalse();
		assertThat(after.path("inStep").asBoolean()).isTrue();

		// a setting Slack cannot hold is refused before anything is written
		long now = json(call("GET", "/api/groups/" + group, "admin", null, null)).path("version").asLong();
		HttpResponse<String> shredded = call("POST", "/api/groups/" + group + "/changes", "admin",
				"{\"expectedVersion\":" + now + ",\"reason\":\"Shred\",\"settings\":{\"autoDelete\":true,"
						+ "\"maxLifetimeSeconds\":86400,\"shredderIntensity\":60,\"captureEnabled\":true}}",
				"application/json");
		assertThat(shredded.statusCode()).isEqualTo(400);
		assertThat(shredded.body()).contains("Slack").contains("no shredder");
	}

	@Test
	void captureBotsReportOverTheApiAndBadReportsAreRefused() throws Exception {
		assertThat(call("POST", "/api/capture/reports", "capture-bot",
				"{\"platformId\":1,\"received\":50,\"saved\":50,\"failed\":0}", "application/json")
			.statusCode()).isEqualTo(200);
		HttpResponse<String> bad = call("POST", "/api/capture/reports", "capture-bot",
				"{\"platformId\":1,\"received\":5,\"saved\":9,\"failed\":-1}", "application/json");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("failed").contains("must not be negative");
		assertThat(call("POST", "/api/capture/reports", "capture-bot", "{\"platformId\":1}", "application/json")
			.statusCode()).isEqualTo(400);
		assertThat(call("POST", "/api/capture/reports", "capture-bot",
				"{\"platformId\":9999,\"received\":1,\"saved\":1,\"failed\":0}", "application/json")
			.statusCode()).isEqualTo(404);
		assertThat(call("POST", "/api/capture/reports", "cio",
				"{\"platformId\":1,\"received\":1,\"saved\":1,\"failed\":0}", "application/json")
			.statusCode()).isEqualTo(403);
		assertThat(call("POST", "/api/capture/reports", null,
				"{\"platformId\":1,\"received\":1,\"saved\":1,\"failed\":0}", "application/json")
			.statusCode()).isEqualTo(401);
		assertThat(this.jdbc.queryForObject("select received from capture_health where platform_id = 1", Long.class))
			.isEqualTo(50);
	}

	@Test
	void aDeviceInventoryIsImportedOrRefusedWithEveryProblem() throws Exception {
		String user = this.jdbc.queryForObject(
				"select min(external_id) from account where platform_id = 3 and status = 'ACTIVE'", String.class);
		String seen = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		JsonNode report = json(call("POST", "/api/inventory?fileName=mdm.csv", "admin",
				"device,user,app,last seen\nPixel-1," + user + ",org.thoughtcrime.securesms," + seen + "\n",
				"text/csv"));
		assertThat(report.path("sightings").asInt()).isEqualTo(1);
		assertThat(report.path("sightingsByApp").path("Signal").asInt()).isEqualTo(1);
		HttpResponse<String> bad = call("POST", "/api/inventory", "admin",
				"device,user,app,last seen\nPixel-1," + user + ",Signal,someday\n", "text/csv");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("last seen").contains("not a date");
		assertThat(call("POST", "/api/inventory", "inspector", "device,user,app,last seen\n", "text/csv").statusCode())
			.isEqualTo(403);
	}

	private static JsonNode find(JsonNode platforms, String name) {
		for (JsonNode p : platforms) {
			if (p.path("health").path("platform").path("name").asString().equals(name)) {
				return p;
			}
		}
		throw new AssertionError("No platform " + name + " in " + platforms);
	}

	private HttpResponse<String> call(String method, String path, String user, String body, String type)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (type != null) {
			request.header("Content-Type", type);
		}
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return JSON.readTree(response.body());
	}

}
