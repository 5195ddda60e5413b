package gov.records.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.evidence.checkpoint.NoteSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /actuator} over real HTTP (DD055): health, liveness and readiness open without
 * details; Prometheus for the CIO, platform administrators and the metrics token only;
 * nothing else under {@code /actuator} for anonymous callers; and the console's own
 * metrics with their names and tags after a sync, a change and a report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "governance.metrics.token=" + OperationsEndpointsTest.TOKEN)
class OperationsEndpointsTest {

	static final String TOKEN = "scrape-token-for-the-operations-test-7f3a";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	/** A checkpoint key this log rotated away from (DD055). */
	static final String PREVIOUS_KEY = NoteSigner.generate("records-governance-console.local/audit").verifierKey();

	@DynamicPropertySource
	static void previousCheckpointKey(DynamicPropertyRegistry registry) {
		registry.add("governance.log.previous-verifier-keys[0].key", () -> PREVIOUS_KEY);
		registry.add("governance.log.previous-verifier-keys[0].valid-from", () -> "2026-01-01T00:00:00Z");
		registry.add("governance.log.previous-verifier-keys[0].valid-until", () -> "2026-12-01T00:00:00Z");
	}

	@LocalServerPort
	int port;

	@Test
	void theVerifierKeysListTheCurrentAndThePreviousKeysWithTheirValidity() throws Exception {
		HttpResponse<String> answer = get("/api/log/verifier-keys", null, null);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode keys = JSON.readTree(answer.body());
		String current = get("/api/log/verifier-key", null, null).body().strip();
		JsonNode checkpointKeys = keys.path("checkpointKeys");
		assertThat(checkpointKeys.size()).isEqualTo(2);
		assertThat(checkpointKeys.get(0).path("key").asString()).isEqualTo(current);
		assertThat(checkpointKeys.get(0).path("current").asBoolean()).isTrue();
		assertThat(checkpointKeys.get(1).path("key").asString()).isEqualTo(PREVIOUS_KEY);
		assertThat(checkpointKeys.get(1).path("current").asBoolean()).isFalse();
		assertThat(checkpointKeys.get(1).path("validUntil").asString()).isEqualTo("2026-12-01T00:00:00Z");
		JsonNode certificates = keys.path("bundleCertificates");
		assertThat(certificates.size()).isEqualTo(1);
		assertThat(certificates.get(0).path("current").asBoolean()).isTrue();
		assertThat(certificates.get(0).path("sha256").asString()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
		assertThat(answer.body()).doesNotContain("PRIVATE");
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void healthLivenessAndReadinessAreOpenButShowNoDetailsAnonymously() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> answer = get(path, null, null);
			assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
			JsonNode body = JSON.readTree(answer.body());
			assertThat(body.path("status").asString()).isEqualTo("UP");
			assertThat(body.has("components")).as(answer.body()).isFalse();
			assertThat(body.has("details")).as(answer.body()).isFalse();
		}
		// a signed-in role sees the components: readiness waits for migrations and the
		// first syncs
		JsonNode readiness = JSON.readTree(get("/actuator/health/readiness", "cio", null).body());
		assertThat(readiness.path("components").has("migrations")).as(readiness.toString()).isTrue();
		assertThat(readiness.path("components").has("firstSync")).isTrue();
		assertThat(readiness.path("components").has("readinessState")).isTrue();
		JsonNode health = JSON.readTree(get("/actuator/health", "inspector", null).body());
		assertThat(health.path("components").path("auditChain").path("details").path("chain").asString())
			.isEqualTo("intact");
	}

	@Test
	void nothingElseUnderActuatorIsReachableWithoutARole() throws Exception {
		for (String path : new String[] { "/actuator", "/actuator/prometheus", "/actuator/metrics", "/actuator/env",
				"/actuator/beans", "/actuator/loggers", "/actuator/heapdump", "/actuator/configprops" }) {
			HttpResponse<String> answer = get(path, null, null);
			assertThat(answer.statusCode()).as(path).isEqualTo(401);
			assertThat(answer.body()).doesNotContain("Exception").doesNotContain("governance_");
		}
		assertThat(get("/actuator/prometheus", null, "Bearer wrong-" + TOKEN).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", null, "Bearer " + TOKEN.substring(1)).statusCode()).isEqualTo(401);
		// roles without operations duties may not scrape; the operators may
		assertThat(get("/actuator/prometheus", "inspector", null).statusCode()).isEqualTo(403);
		assertThat(get("/actuator/prometheus", "records", null).statusCode()).isEqualTo(403);
		assertThat(get("/actuator/prometheus", "cio", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", "admin", null).statusCode()).isEqualTo(200);
		// endpoints that are not exposed stay closed even for a role (the console's own
		// not-found page answers)
		assertThat(get("/actuator/env", "cio", null).body()).doesNotContain("propertySources")
			.doesNotContain("activeProfiles");
	}

	@Test
	void theConsolesMetricsAppearWithTheirNamesAndTagsAfterASyncAChangeAndAReport() throws Exception {
		double appendsBefore = value(scrape(), "governance_audit_appends_total\\{[^}]*\\}");

		HttpResponse<String> synced = call("POST", "/api/platforms/1/sync", "admin", null);
		assertThat(synced.statusCode()).as(synced.body()).isEqualTo(200);
		String platform = this.jdbc.queryForObject("select name from platform where id = 1", String.class);

		long group = loosenableGroup();
		long version = json(call("GET", "/api/groups/" + group, "admin", null)).path("version").asLong();
		HttpResponse<String> submitted = call("POST", "/api/groups/" + group + "/changes", "admin", """
				{"expectedVersion": %d, "reason": "Pilot of 30-day timers with capture",
				 "settings": {"autoDelete": true, "maxLifetimeSeconds": 2592000, "shredderIntensity": 0,
				              "captureEnabled": true}}""".formatted(version));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
		long request = json(submitted).path("requestId").asLong();
		assertThat(
				call("POST", "/api/approvals/" + request + "/approve", "records", "{\"comment\":\"Capture healthy\"}")
					.statusCode())
			.isEqualTo(200);

		long department = this.jdbc.queryForObject("select id from organization where code = 'DCR'", Long.class);
		Instant asOf = Instant.now();
		HttpResponse<String> report = call("POST", "/api/reports", "inspector", """
				{"type": "AUDIT_EXTRACT", "organizationId": %d, "from": "%s", "asOf": "%s"}""".formatted(department,
				asOf.minus(Duration.ofDays(1)), asOf));
		assertThat(report.statusCode()).as(report.body()).isEqualTo(202);
		awaitDone(json(report).path("id").asLong());
		Thread.sleep(5_500); // the gauges read the database at most every 5 s

		String metrics = scrape();
		assertThat(metrics).doesNotContain(TOKEN);
		assertThat(value(metrics, "governance_sync_seconds_count\\{[^}]*outcome=\"synced\",platform=\""
				+ Pattern.quote(platform) + "\"[^}]*\\}"))
			.isGreaterThanOrEqualTo(1);
		assertThat(metrics).contains("governance_sync_seconds_sum{").contains("governance_sync_seconds_max{");
		for (String severity : new String[] { "critical", "high", "medium", "low" }) {
			assertThat(metrics).containsPattern("governance_findings_open\\{[^}]*severity=\"" + severity + "\"");
		}
		long open = this.jdbc.queryForObject("select count(*) from finding where resolved_at is null", Long.class);
		assertThat(sumOf(metrics, "governance_findings_open\\{[^}]*\\}")).isEqualTo(open);
		// the outbox runs not in these tests: the approved change waits there
		long pending = this.jdbc.queryForObject("select count(*) from outbox where status = 'PENDING'", Long.class);
		assertThat(pending).isPositive();
		assertThat(value(metrics, "governance_outbox_pending\\{[^}]*\\}")).isEqualTo(pending);
		assertThat(value(metrics, "governance_outbox_oldest_age_seconds\\{[^}]*\\}")).isGreaterThan(0);
		assertThat(value(metrics, "governance_audit_appends_total\\{[^}]*\\}"))
			.isGreaterThanOrEqualTo(appendsBefore + 3);
		assertThat(value(metrics,
				"governance_report_generation_seconds_count\\{[^}]*outcome=\"done\",type=\"audit_extract\"[^}]*\\}"))
			.isGreaterThanOrEqualTo(1);
		// and the same through the scraper's token
		assertThat(get("/actuator/prometheus", null, "Bearer " + TOKEN).body()).contains("governance_outbox_pending");
	}

	/**
	 * A Mattermost group whose loosening waits for a records officer's approval: the
	 * first candidate the impact preview answers PENDING_APPROVAL for (a legal hold, a
	 * lock or another test's data may refuse the others).
	 */
	private long loosenableGroup() throws Exception {
		List<Long> candidates = this.jdbc.queryForList("""
				select g.id from messaging_group g
				join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
				where g.platform_id = 2 and v.auto_delete = false and v.capture_enabled = true
				  and not exists (select 1 from change_request r where r.group_id = g.id)
				  and not exists (select 1 from group_membership m join account a on a.id = m.account_id
				                  where m.group_id = g.id and a.role_category like 'CAPSTONE%')
				order by g.id
				""", Long.class);
		StringBuilder seen = new StringBuilder();
		for (long group : candidates) {
			long version = json(call("GET", "/api/groups/" + group, "admin", null)).path("version").asLong();
			HttpResponse<String> preview = call("POST", "/api/groups/" + group + "/changes/preview", "admin", """
					{"expectedVersion": %d, "reason": "Pilot of 30-day timers with capture",
					 "settings": {"autoDelete": true, "maxLifetimeSeconds": 2592000, "shredderIntensity": 0,
					              "captureEnabled": true}}""".formatted(version));
			if (preview.statusCode() == 200 && json(preview).path("outcome").asString().equals("PENDING_APPROVAL")) {
				return group;
			}
			seen.append(group)
				.append(": ")
				.append(preview.statusCode())
				.append(' ')
				.append(preview.body())
				.append('\n');
		}
		throw new AssertionError("no Mattermost group whose loosening waits for approval:\n" + seen);
	}

	private void awaitDone(long id) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			JsonNode report = json(call("GET", "/api/reports/" + id, "inspector", null));
			String status = report.path("status").asString();
			if (status.equals("DONE")) {
				return;
			}
			assertThat(status).as(report.path("failure").asString()).isNotEqualTo("FAILED");
			assertThat(System.nanoTime()).as("report " + id + " still " + status).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private String scrape() throws Exception {
		HttpResponse<String> answer = get("/actuator/prometheus", "cio", null);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return answer.body();
	}

	/** The value of the one sample matching the pattern (name and labels). */
	private static double value(String metrics, String sample) {
		Matcher found = Pattern.compile("(?m)^" + sample + " (\\S+)$").matcher(metrics);
		assertThat(found.find()).as(sample + " in\n" + metrics).isTrue();
		return Double.parseDouble(found.group(1));
	}

	private static double sumOf(String metrics, String sample) {
		Matcher found = Pattern.compile("(?m)^" + sample + " (\\S+)$").matcher(metrics);
		double sum = 0;
		while (found.find()) {
			sum += Double.parseDouble(found.group(1));
		}
		return sum;
	}

	private static JsonNode json(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
		return JSON.readTree(answer.body());
	}

	private HttpResponse<String> get(String path, @Nullable String user, @Nullable String authorization)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET();
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> call(String method, String path, String user, @Nullable String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json")
			.header("Authorization", basic(user));
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

}
