package gov.records.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API over real HTTP with the demo users: reads within scope, a governed change,
 * the approval flow (no forging, no self-approval), the audit log and its verification,
 * and clear refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void withoutCredentialsTheApiAnswers401AndTheOpenApiDocumentIsPublic() throws Exception {
		assertThat(call("GET", "/api/groups", null, null).statusCode()).isEqualTo(401);
		HttpResponse<String> wrong = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/groups"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("cio:wrong".getBytes()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
		assertThat(call("GET", "/api/groups", "cio", null).statusCode()).isEqualTo(200);
		HttpResponse<String> docs = call("GET", "/v3/api-docs", null, null);
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/groups/{id}/changes").contains("/api/approvals/{id}/approve");
	}

	@Test
	void groupsAreScopedAndAnUnknownOrForeignGroupIs404() throws Exception {
		JsonNode fec = json(call("GET", "/api/groups?size=500", "admin-fec", null));
		assertThat(fec.size()).isPositive();
		fec.forEach((g) -> assertThat(g.path("name").asString()).startsWith("FEC-"));
		Long foreign = this.jdbc.queryForObject("select min(g.id) from messaging_group g join organization o on "
				+ "o.id = g.organization_id where o.code like 'OS-%'", Long.class);
		assertThat(call("GET", "/api/groups/" + foreign, "admin-fec", null).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/groups/" + foreign, "cio", null).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/api/groups/99999999", "cio", null).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/groups?size=5000", "cio", null).statusCode()).isEqualTo(400);
	}

	@Test
	void aLooseningChangeWaitsAndOnlyAnotherRecordsOfficerApprovesIt() throws Exception {
		long group = keptGroupOnHealthyCapture();
		long version = json(call("GET", "/api/groups/" + group, "admin", null)).path("version").asLong();
		String change = """
				{"expectedVersion": %d, "reason": "Pilot of 30-day timers with capture",
				 "settings": {"autoDelete": true, "maxLifetimeSeconds": 2592000, "shredderIntensity": 20,
				              "captureEnabled": true}}""".formatted(version);
		HttpResponse<String> preview = call("POST", "/api/groups/" + group + "/changes/preview", "admin", change);
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(json(preview).path("outcome").asString()).isEqualTo("PENDING_APPROVAL");
		HttpResponse<String> submitted = call("POST", "/api/groups/" + group + "/changes", "admin", change);
		assertThat(submitted.statusCode()).isEqualTo(202);
		long request = json(submitted).path("requestId").asLong();
		assertThat(call("POST", "/api/approvals/" + request + "/approve", "admin", "{\"comment\":\"forged\"}")
			.statusCode()).isEqualTo(403);
		HttpResponse<String> again = call("POST", "/api/groups/" + group + "/changes", "admin", change);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("already has a change waiting");
		HttpResponse<String> approved = call("POST", "/api/approvals/" + request + "/approve", "records",
				"{\"comment\":\"Capture healthy\", \"approvedBy\":\"someone-else\"}");
		assertThat(approved.statusCode()).isEqualTo(200);
		JsonNode history = json(call("GET", "/api/groups/" + group + "/history", "inspector", null));
		assertThat(history.get(0).path("approvedBy").asString()).isEqualTo("records");
	}

	@Test
	void badChangesAreRefusedWithEveryProblem() throws Exception {
		long group = keptGroupOnHealthyCapture();
		long version = json(call("GET", "/api/groups/" + group, "admin", null)).path("version").asLong();
		HttpResponse<String> bad = call("POST", "/api/groups/" + group + "/changes", "admin", """
				{"expectedVersion": %d, "reason": "",
				 "settings": {"autoDelete": true, "maxLifetimeSeconds": -5, "shredderIntensity": 7,
				              "captureEnabled": true}}""".formatted(version));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(bad.body()).path("problems").findValuesAsString("field")).contains("reason",
				"maxLifetime", "shredderIntensity");
		assertThat(call("POST", "/api/groups/" + group + "/changes", "inspector", "{}").statusCode()).isEqualTo(403);
	}

	@Test
	void theAuditLogVerifiesAndExportsAsJsonLines() throws Exception {
		call("GET", "/api/groups", "inspector", null);
		JsonNode verification = json(call("GET", "/api/audit/verify", "inspector", null));
		assertThat(verification.path("ok").asBoolean()).isTrue();
		HttpResponse<String> export = call("GET", "/api/audit/export", "inspector", null);
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body().lines().count()).isEqualTo(verification.path("eventsChecked").asLong());
		assertThat(call("GET", "/api/audit", "admin", null).statusCode()).isEqualTo(403);
	}

	private long keptGroupOnHealthyCapture() {
		Long id = this.jdbc.queryForObject(
				"""
						select min(g.id) from messaging_group g
						join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
						where g.platform_id = 2 and v.auto_delete = false and v.capture_enabled = true
						  and not exists (select 1 from change_request r where r.group_id = g.id)
						  and not exists (select 1 from group_membership m join account a on a.id = m.account_id
						                  where m.group_id = g.id and a.role_category like 'CAPSTONE%')
						  and not exists (select 1 from legal_hold_scope s where s.group_id = g.id)
						  and g.organization_id not in (select organization_id from legal_hold_scope where organization_id is not null)
						""",
				Long.class);
		return id;
	}

	private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
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
