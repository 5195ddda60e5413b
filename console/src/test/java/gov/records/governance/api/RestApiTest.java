package gov.records.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

	@Test
	void withoutCredentialsTheApiAnswers401AndTheOpenApiDocumentIsPublic() throws Exception {
		assertThat(call("GET", "/api/groups", null, null).statusCode()).isEqualTo(401);
		HttpResponse<String> wrong = HttpClient.newHttpClient()
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
		// the history and the settings at a moment refuse the same groups
		for (String read : new String[] { "/history", "/settings?at=2026-01-01T00:00:00Z" }) {
			assertThat(call("GET", "/api/groups/" + foreign + read, "admin-fec", null).statusCode()).isEqualTo(404);
			assertThat(call("GET", "/api/groups/99999999" + read, "cio", null).statusCode()).isEqualTo(404);
		}
		assertThat(call("GET", "/api/groups/" + foreign + "/history", "cio", null).statusCode()).isEqualTo(200);
	}

	@Test
	void aLooseningChangeWaitsAndOnlyAnotherRecordsOfficerApprovesIt() throws Exception {
		long group = keptGroupOnHealthyCapture();
		long version = json(call("GET", "/api/groups/" + group, "admin", null)).path("version").asLong();
		String change = """
				{"expectedVersion": %d, "reason": "Pilot of 30-day timers with capture",
				 "settings": {"autoDelete": true, "maxLifetimeSeconds": 2592000, "shredderIntensity": 0,
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
		assertThat(history.get(0).path("requestedBy").asString()).isEqualTo("admin");
	}

	@Test
	void aSettingThePlatformCannotHoldIsRefusedWithProblemDetailsNamingThePlatform() throws Exception {
		long group = this.jdbc.queryForObject("""
				select min(g.id) from messaging_group g
				where g.platform_id = 1 and not exists (select 1 from change_request r where r.group_id = g.id)
				""", Long.class);
		long version = json(call("GET", "/api/groups/" + group, "admin", null)).path("version").asLong();
		long versions = count("select count(*) from deletion_policy_version where group_id = ?", group);
		long outbox = count("select count(*) from outbox where group_id = ?", group);
		String keep = """
				{"expectedVersion": %d, "reason": "Keep everything",
				 "settings": {"autoDelete": false, "shredderIntensity": 0, "captureEnabled": true}}"""
			.formatted(version);
		for (String path : new String[] { "/changes/preview", "/changes" }) {
			HttpResponse<String> refused = call("POST", "/api/groups/" + group + path, "admin", keep);
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type")).get()
				.asString()
				.startsWith("application/problem+json");
			JsonNode problem = ApiClient.body(refused);
			assertThat(problem.path("detail").asString()).contains("DCR Wickr Network (Wickr) cannot keep messages")
				.contains("1 minute to 1 year")
				.doesNotContain("Exception");
			assertThat(problem.path("errors").findValuesAsString("field")).containsExactly("autoDelete");
		}
		assertThat(count("select count(*) from deletion_policy_version where group_id = ?", group)).isEqualTo(versions);
		assertThat(count("select count(*) from outbox where group_id = ?", group)).isEqualTo(outbox);

		String year = """
				{"expectedVersion": %d, "reason": "The longest Wickr holds",
				 "settings": {"autoDelete": true, "maxLifetimeSeconds": 31536000, "shredderIntensity": 0,
				              "captureEnabled": true}}""".formatted(version);
		HttpResponse<String> preview = call("POST", "/api/groups/" + group + "/changes/preview", "admin", year);
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		assertThat(json(preview).path("capabilities").asString()).contains("Wickr messages always expire");
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
		assertThat(JSON.readTree(bad.body()).path("errors").findValuesAsString("field")).contains("reason",
				"maxLifetime", "shredderIntensity");
		assertThat(call("POST", "/api/groups/" + group + "/changes", "inspector", """
				{"expectedVersion": %d, "reason": "Not mine to change",
				 "settings": {"autoDelete": false, "shredderIntensity": 100, "captureEnabled": true}}"""
			.formatted(version)).statusCode()).isEqualTo(403);
	}

	@Test
	void aMissingOrMalformedBodyIs400WithAClearMessageAndNothingIsWritten() throws Exception {
		long group = keptGroupOnHealthyCapture();
		long version = json(call("GET", "/api/groups/" + group, "admin", null)).path("version").asLong();
		long versions = count("select count(*) from deletion_policy_version where group_id = ?", group);
		long events = count("select count(*) from audit_event");
		String changes = "/api/groups/" + group + "/changes";

		for (String path : new String[] { changes, changes + "/preview" }) {
			HttpResponse<String> noSettings = call("POST", path, "admin",
					"{\"expectedVersion\": %d, \"reason\": \"Pilot\"}".formatted(version));
			assertThat(noSettings.statusCode()).as(noSettings.body()).isEqualTo(400);
			assertThat(ApiClient.body(noSettings).path("errors").findValuesAsString("field"))
				.containsExactly("settings");
			assertThat(ApiClient.body(noSettings).path("detail").asString()).contains("settings: required");
		}
		HttpResponse<String> partial = call("POST", changes, "admin", """
				{"reason": "Pilot", "settings": {"autoDelete": true, "maxLifetimeSeconds": 2592000}}""");
		assertThat(partial.statusCode()).isEqualTo(400);
		assertThat(ApiClient.body(partial).path("errors").findValuesAsString("field"))
			.containsExactly("expectedVersion", "settings.shredderIntensity", "settings.captureEnabled");
		HttpResponse<String> empty = call("POST", changes, "admin", null);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(ApiClient.body(empty).path("detail").asString()).contains("body is missing");
		for (String malformed : new String[] { "{\"expectedVersion\": 1, \"settings\": {", "not json", "[1, 2]",
				"{\"expectedVersion\": \"one\", \"settings\": {}}", "{\"expectedVersion\": 1, \"settings\": null}" }) {
			HttpResponse<String> bad = call("POST", changes, "admin", malformed);
			assertThat(bad.statusCode()).as(malformed + " -> " + bad.body()).isEqualTo(400);
			assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("json");
			assertThat(ApiClient.body(bad).path("detail").asString()).as(malformed).isNotBlank();
		}
		assertThat(ApiClient.body(call("POST", changes, "admin", "{\"expectedVersion\": 1, \"settings\": {"))
			.path("detail")
			.asString())
			.isEqualTo("The request body is not valid JSON for this request at settings: "
					+ "Unexpected end-of-input: expected close marker for Object");
		assertThat(call("POST", "/api/approvals/1/approve", "records", "{\"comment\": ").statusCode()).isEqualTo(400);
		HttpResponse<String> report = call("POST", "/api/reports", "inspector", "{\"recommendation\": \"x\"}");
		assertThat(report.statusCode()).isEqualTo(400);
		assertThat(ApiClient.body(report).path("errors").findValuesAsString("field")).containsExactly("type",
				"organizationId", "asOf");
		assertThat(count("select count(*) from deletion_policy_version where group_id = ?", group)).isEqualTo(versions);
		assertThat(count("select count(*) from audit_event")).isEqualTo(events);
	}

	@Test
	void aForgedApprovalWritesNothing() throws Exception {
		long group = keptGroupOnHealthyCapture("FEC-");
		long version = json(call("GET", "/api/groups/" + group, "admin-fec", null)).path("version").asLong();
		HttpResponse<String> submitted = call("POST", "/api/groups/" + group + "/changes", "admin-fec", """
				{"expectedVersion": %d, "reason": "Pilot of 30-day timers with capture",
				 "approvedBy": "records", "status": "APPLIED",
				 "settings": {"autoDelete": true, "maxLifetimeSeconds": 2592000, "shredderIntensity": 0,
				              "captureEnabled": true}}""".formatted(version));
		assertThat(submitted.statusCode()).as("a body naming an approver is still only a request").isEqualTo(202);
		assertThat(json(submitted).path("status").asString()).isEqualTo("PENDING_APPROVAL");
		long request = json(submitted).path("requestId").asLong();
		long versions = count("select count(*) from deletion_policy_version where group_id = ?", group);
		long events = count("select count(*) from audit_event");

		String forged = "{\"comment\": \"forged\", \"approvedBy\": \"records\", \"decidedBy\": \"records\"}";
		assertThat(call("POST", "/api/approvals/" + request + "/approve", "admin", forged).statusCode())
			.as("another administrator approving someone else's request")
			.isEqualTo(403);
		assertThat(call("POST", "/api/approvals/" + request + "/approve", "admin-fec", forged).statusCode())
			.as("the requester approving their own request")
			.isEqualTo(403);
		assertThat(call("POST", "/api/approvals/" + request + "/reject", "admin", forged).statusCode()).isEqualTo(403);

		assertThat(count("select count(*) from deletion_policy_version where group_id = ?", group)).isEqualTo(versions);
		assertThat(this.jdbc
			.queryForMap("select status, decided_by, policy_version_id from change_request where id = ?", request))
			.containsEntry("STATUS", "PENDING")
			.containsEntry("DECIDED_BY", null)
			.containsEntry("POLICY_VERSION_ID", null);
		assertThat(count("select count(*) from audit_event")).isEqualTo(events);
		assertThat(count("select count(*) from audit_event where target_type = 'change_request' and target_id = ?",
				String.valueOf(request)))
			.isZero();
		assertThat(json(call("GET", "/api/groups/" + group, "inspector", null)).path("version").asLong())
			.isEqualTo(version);
		// a records officer may decide it (and leaves no waiting request to the other
		// tests)
		assertThat(call("POST", "/api/approvals/" + request + "/reject", "records",
				"{\"comment\": \"Not during the pilot\"}")
			.statusCode()).isEqualTo(200);
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
		return keptGroupOnHealthyCapture("");
	}

	/** A group whose change to 30-day timers with capture waits for approval. */
	private long keptGroupOnHealthyCapture(String namePrefix) {
		Long id = this.jdbc.queryForObject(
				"""
						select min(g.id) from messaging_group g
						join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
						where g.platform_id = 2 and v.auto_delete = false and v.capture_enabled = true
						  and g.name like ?
						  and not exists (select 1 from change_request r where r.group_id = g.id)
						  and not exists (select 1 from group_membership m join account a on a.id = m.account_id
						                  where m.group_id = g.id and a.role_category like 'CAPSTONE%')
						  and not exists (select 1 from legal_hold_scope s where s.group_id = g.id)
						  and g.organization_id not in (select organization_id from legal_hold_scope where organization_id is not null)
						""",
				Long.class, namePrefix + "%");
		assertThat(id).as("a kept group named " + namePrefix + "…").isNotNull();
		return id;
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return (n != null) ? n : 0;
	}

	private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
		return new ApiClient(this.port).call(method, path, user, body);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return ApiClient.json(response);
	}

}
