package gov.records.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * NA-1005 forms and retention locks over real HTTP (issue 16): a records officer imports
 * NARA's JSON (201), the same again changes nothing (200), an unreadable CSV is 400
 * naming form and field; other roles may read but not import. A group's lock refuses a
 * shorter lifetime proposed over the API (422, RETENTION_LOCK, audited), and DELETE of
 * the lock is refused for every role (422, audited).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CapstoneLockApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void formsAreImportedOnceAndUnreadableOnesRefusedByFormAndField() throws Exception {
		ApiClient api = new ApiClient(this.port);
		byte[] json = resource("/capstone/na1005-api.json");
		assertThat(
				api.upload("/api/capstone/forms?filename=forms.json", "admin", json, "application/json").statusCode())
			.isEqualTo(403);
		HttpResponse<String> first = api.upload("/api/capstone/forms?filename=forms.json", "records", json,
				"application/json");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(first.body()).contains("GRS 6.1-0999-2017-0001");
		HttpResponse<String> again = api.upload("/api/capstone/forms?filename=forms.json", "records", json,
				"application/json");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(again).path("unchanged").toString()).contains("GRS 6.1-0999-2017-0001");
		HttpResponse<String> bad = api.upload("/api/capstone/forms?filename=bad.csv", "records",
				("Number,Name of Agency to Which this Form Applies,Received Date\n"
						+ "GRS 6.1-0999-2018-0002,Agency,someday\n")
					.getBytes(StandardCharsets.UTF_8),
				"text/csv");
		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
		assertThat(bad.body()).contains("Received Date").contains("GRS 6.1-0999-2018-0002").doesNotContain("Exception");
		JsonNode forms = ApiClient.json(api.call("GET", "/api/capstone/forms", "inspector", null));
		assertThat(forms.findValuesAsString("number")).contains("GRS 6.1-0999-2017-0001")
			.doesNotContain("GRS 6.1-0999-2018-0002");
	}

	@Test
	void aLockedGroupRefusesAShorterLifetimeOverTheApiAndTheLockCannotBeDeleted() throws Exception {
		ApiClient api = new ApiClient(this.port);
		Long group = this.jdbc.queryForObject("""
				select max(g.id) from messaging_group g join organization o on o.id = g.organization_id
				join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
				where g.platform_id = 2 and v.auto_delete = false and v.capture_enabled = true
				  and not exists (select 1 from change_request r where r.group_id = g.id)
				  and not exists (select 1 from retention_lock l where l.group_id = g.id)
				  and not exists (select 1 from legal_hold h join legal_hold_scope s on s.hold_id = h.id
				                  left join organization so on so.id = s.organization_id
				                  where h.released_at is null
				                    and (s.group_id = g.id
				                         or (so.id is not null and o.tree_left between so.tree_left and so.tree_right)
				                         or s.account_id in (select m.account_id from group_membership m
				                                             where m.group_id = g.id)))
				""", Long.class);
		String lock = """
				{"target": "GROUP", "targetId": %d, "minRetention": "P7Y", "reason": "Front office of the Secretary"}"""
			.formatted(group);
		assertThat(api.call("POST", "/api/locks", "admin", lock).statusCode()).isEqualTo(403);
		HttpResponse<String> placed = api.call("POST", "/api/locks", "records", lock);
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		long lockId = ApiClient.json(placed).path("id").asLong();

		long version = ApiClient.json(api.call("GET", "/api/groups/" + group, "admin", null)).path("version").asLong();
		String change = """
				{"expectedVersion": %d, "reason": "Pilot of 30-day timers with capture",
				 "settings": {"autoDelete": true, "maxLifetimeSeconds": 2592000, "shredderIntensity": 0,
				              "captureEnabled": true}}""".formatted(version);
		HttpResponse<String> refused = api.call("POST", "/api/groups/" + group + "/changes", "admin", change);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.body()).contains("RETENTION_LOCK").doesNotContain("Exception");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'settings.change.refused'"
						+ " and target_id = ? and actor = 'admin' and after_state like '%RETENTION_LOCK%'",
				Long.class, String.valueOf(group)))
			.isOne();
		HttpResponse<String> tenYears = api.call("POST", "/api/locks", "records", lock.replace("P7Y", "P10Y"));
		assertThat(tenYears.statusCode()).as(tenYears.body()).isEqualTo(201);
		assertThat(ApiClient.json(tenYears).path("replaces").asLong()).isEqualTo(lockId);
		HttpResponse<String> shorter = api.call("POST", "/api/locks", "records", lock.replace("P7Y", "P1Y"));
		assertThat(shorter.statusCode()).as(shorter.body()).isEqualTo(422);
		assertThat(shorter.body()).contains("shorten the lock").doesNotContain("Exception");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'retention.lock.refused' and target_id = ?",
				Long.class, String.valueOf(group)))
			.isOne();
		lockId = ApiClient.json(tenYears).path("id").asLong();
		String longer = """
				{"expectedVersion": %d, "reason": "Twelve years, within the lock",
				 "settings": {"autoDelete": true, "maxLifetimeSeconds": 378691200, "shredderIntensity": 0,
				              "captureEnabled": true}}""".formatted(version);
		HttpResponse<String> extended = api.call("POST", "/api/groups/" + group + "/changes", "admin", longer);
		assertThat(extended.statusCode()).as(extended.body()).isEqualTo(201);
		assertThat(extended.body()).contains("APPLIED");

		for (String user : new String[] { "admin", "records", "cio" }) {
			HttpResponse<String> delete = api.call("DELETE", "/api/locks/" + lockId, user, null);
			assertThat(delete.statusCode()).as(user + ": " + delete.body()).isEqualTo(422);
			assertThat(delete.body()).contains("never shortened or removed");
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'retention.lock.refused'" + " and target_id = ?",
				Long.class, String.valueOf(lockId)))
			.isEqualTo(3);
		assertThat(ApiClient.json(api.call("GET", "/api/locks", "inspector", null)).findValues("id"))
			.extracting(JsonNode::asLong)
			.contains(lockId);
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = Objects.requireNonNull(CapstoneLockApiTest.class.getResourceAsStream(name))) {
			return in.readAllBytes();
		}
	}

}
