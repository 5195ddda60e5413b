package gov.records.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Legal holds over real HTTP (issue 19, items 1 and 10): a records officer places a hold
 * on a group, an administrator's change that would turn auto-delete on there is refused
 * (422, the hold named) and audited, other roles may not place holds, bad input is 400
 * with every problem, and after the release the hold no longer freezes the group.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HoldApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aHoldPlacedOverTheApiFreezesTheGroupUntilItIsReleased() throws Exception {
		ApiClient api = new ApiClient(this.port);
		Long group = this.jdbc.queryForObject("""
				select max(g.id) from messaging_group g
				join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
				where g.platform_id = 2 and v.auto_delete = false and v.capture_enabled = true
				  and not exists (select 1 from change_request r where r.group_id = g.id)
				""", Long.class);
		String hold = """
				{"kind": "FOIA", "caseReference": "FOIA-API-0001", "title": "Pilot records request",
				 "groupIds": [%d]}""".formatted(group);
		assertThat(api.call("POST", "/api/holds", "admin", hold).statusCode()).isEqualTo(403);
		HttpResponse<String> bad = api.call("POST", "/api/holds", "records", "{\"caseReference\": \"\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(ApiClient.body(bad).path("errors").findValuesAsString("field")).contains("kind", "case_reference",
				"title", "scope");

		HttpResponse<String> placed = api.call("POST", "/api/holds", "records", hold);
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		JsonNode row = ApiClient.json(placed);
		assertThat(row.path("active").asBoolean()).isTrue();
		assertThat(ApiClient.json(api.call("GET", "/api/holds", "inspector", null)).findValuesAsString("caseReference"))
			.contains("FOIA-API-0001");

		long version = ApiClient.json(api.call("GET", "/api/groups/" + group, "admin", null)).path("version").asLong();
		String change = """
				{"expectedVersion": %d, "reason": "Pilot of 30-day timers with capture",
				 "settings": {"autoDelete": true, "maxLifetimeSeconds": 2592000, "shredderIntensity": 0,
				              "captureEnabled": true}}""".formatted(version);
		HttpResponse<String> refused = api.call("POST", "/api/groups/" + group + "/changes", "admin", change);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Frozen by legal hold")
			.contains("FOIA-API-0001 (FOIA)")
			.doesNotContain("Exception");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'settings.change.refused'"
				+ " and target_id = ? and actor = 'admin'", Long.class, String.valueOf(group)))
			.isOne();

		HttpResponse<String> released = api.call("POST", "/api/holds/" + row.path("id").asLong() + "/release",
				"records",
				"{\"version\": %d, \"reason\": \"Request answered\"}".formatted(row.path("version").asLong()));
		assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
		assertThat(ApiClient.json(released).path("active").asBoolean()).isFalse();
		HttpResponse<String> after = api.call("POST", "/api/groups/" + group + "/changes/preview", "admin", change);
		// a demo hold may cover the group too; the released one no longer freezes it
		assertThat(ApiClient.json(after).path("frozenBy").toString()).doesNotContain("FOIA-API-0001");
	}

}
