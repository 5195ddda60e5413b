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
 * Schedule items and assignments over real HTTP (issue 19, items 2 and 10): a records
 * officer creates (with no successor), edits, supersedes and retires an item and assigns
 * it to a group, each audited; other roles may read but not write; bad input is 400 with
 * every problem, a stale edit 409, an unknown item 404; an administrator of one component
 * does not see an assignment to another's group; and removing the assignment while a hold
 * covers the group is 422 with the hold named, until the hold is released.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOfficerKeepsScheduleItemsAndAssignmentsOverTheApi() throws Exception {
		ApiClient api = new ApiClient(this.port);
		String item = """
				{"scheduleCode": "API-1", "scheduleTitle": "Agency messaging schedule", "scheduleKind": "AGENCY",
				 "itemNumber": "010", "title": "Pilot chats", "disposition": "TEMPORARY", "minRetention": "3 years",
				 "cutoffRule": "Cut off annually", "effectiveFrom": "2024-01-01", "supersededBy": "", "authority": ""}""";
		assertThat(api.call("POST", "/api/schedules/items", "admin", item).statusCode()).isEqualTo(403);
		assertThat(api.call("GET", "/api/schedules/items", "capture-bot", null).statusCode()).isEqualTo(403);
		HttpResponse<String> bad = api.call("POST", "/api/schedules/items", "records", """
				{"scheduleCode": "API-1", "scheduleTitle": "Agency", "scheduleKind": "AGENCY", "itemNumber": "010",
				 "title": "", "disposition": "TEMPORARY", "minRetention": "forever", "supersededBy": "API-1 / 999"}""");
		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
		assertThat(ApiClient.body(bad).path("errors").findValuesAsString("field")).contains("title", "min_retention",
				"effective_from", "superseded_by");
		assertThat(count("select count(*) from schedule_item i join records_schedule s on s.id = i.schedule_id"
				+ " where s.code = 'API-1'"))
			.isZero();

		HttpResponse<String> created = api.call("POST", "/api/schedules/items", "records", item);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode first = ApiClient.json(created);
		long id = first.path("id").asLong();
		assertThat(first.path("minRetention").asString()).isEqualTo("P3Y");
		assertThat(audit("schedule.item.created", "API-1 / 010")).isOne();
		assertThat(
				ApiClient.json(api.call("GET", "/api/schedules/items", "inspector", null)).findValuesAsString("title"))
			.contains("Pilot chats");
		assertThat(api.call("GET", "/api/schedules/items/987654321", "inspector", null).statusCode()).isEqualTo(404);

		String edit = item.replace("Pilot chats", "Pilot chats and calls")
			.replace("{", "{\"version\": " + first.path("version").asLong() + ",");
		HttpResponse<String> edited = api.call("PUT", "/api/schedules/items/" + id, "records", edit);
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		assertThat(ApiClient.json(edited).path("title").asString()).isEqualTo("Pilot chats and calls");
		assertThat(api.call("PUT", "/api/schedules/items/" + id, "records", edit).statusCode()).isEqualTo(409);

		HttpResponse<String> successor = api.call("POST", "/api/schedules/items", "records",
				item.replace("\"010\"", "\"020\"").replace("Pilot chats", "Messenger records"));
		assertThat(successor.statusCode()).isEqualTo(201);
		long version = ApiClient.json(edited).path("version").asLong();
		HttpResponse<String> noSuccessor = api.call("POST", "/api/schedules/items/" + id + "/supersede", "records",
				"{\"version\": %d}".formatted(version));
		assertThat(noSuccessor.statusCode()).isEqualTo(400);
		assertThat(ApiClient.body(noSuccessor).path("errors").findValuesAsString("field")).contains("superseded_by");
		HttpResponse<String> superseded = api.call("POST", "/api/schedules/items/" + id + "/supersede", "records",
				"{\"version\": %d, \"supersededBy\": \"API-1 / 020\", \"on\": \"2026-06-30\"}".formatted(version));
		assertThat(superseded.statusCode()).as(superseded.body()).isEqualTo(200);
		assertThat(ApiClient.json(superseded).path("supersededBy").asString()).isEqualTo("API-1 / 020");
		assertThat(ApiClient.json(superseded).path("effectiveTo").asString()).isEqualTo("2026-06-30");
		assertThat(audit("schedule.item.superseded", "API-1 / 010")).isOne();

		long other = ApiClient.json(successor).path("id").asLong();
		Long group = this.jdbc.queryForObject("""
				select min(g.id) from messaging_group g join organization o on o.id = g.organization_id
				where not exists (select 1 from organization f where f.code = 'FEC'
				                  and o.tree_left between f.tree_left and f.tree_right)
				  and not exists (select 1 from legal_hold h join legal_hold_scope s on s.hold_id = h.id
				                  left join organization so on so.id = s.organization_id
				                  where h.released_at is null
				                    and (s.group_id = g.id
				                         or (so.id is not null and o.tree_left between so.tree_left and so.tree_right)
				                         or s.account_id in (select m.account_id from group_membership m
				                                             where m.group_id = g.id)))
				""", Long.class);
		HttpResponse<String> assigned = api.call("POST", "/api/schedules/items/" + other + "/assignments", "records",
				"{\"target\": \"GROUP\", \"targetId\": %d}".formatted(group));
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
		long assignment = ApiClient.json(assigned).path("id").asLong();
		assertThat(ApiClient.json(api.call("GET", "/api/schedules/items/" + other + "/assignments", "admin", null))
			.findValues("id")).extracting(JsonNode::asLong).contains(assignment);
		assertThat(ApiClient.json(api.call("GET", "/api/schedules/items/" + other + "/assignments", "admin-fec", null))
			.findValues("id")).extracting(JsonNode::asLong).doesNotContain(assignment);
		assertThat(
				api.call("POST", "/api/schedules/items/" + other + "/assignments", "records", "{\"target\": \"GROUP\"}")
					.statusCode())
			.isEqualTo(400);

		HttpResponse<String> hold = api.call("POST", "/api/holds", "records", """
				{"kind": "FOIA", "caseReference": "FOIA-API-0019", "title": "Schedule request", "groupIds": [%d]}"""
			.formatted(group));
		assertThat(hold.statusCode()).as(hold.body()).isEqualTo(201);
		HttpResponse<String> frozen = api.call("DELETE", "/api/schedules/assignments/" + assignment, "records", null);
		assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(422);
		assertThat(frozen.body()).contains("FOIA-API-0019")
			.contains("36 CFR 1236.20(b)(7)")
			.doesNotContain("Exception");
		long retireVersion = ApiClient.json(api.call("GET", "/api/schedules/items/" + other, "records", null))
			.path("version")
			.asLong();
		assertThat(api
			.call("POST", "/api/schedules/items/" + other + "/retire", "records",
					"{\"version\": %d}".formatted(retireVersion))
			.statusCode()).as("an item assigned to a held group is not ended").isEqualTo(422);
		assertThat(count("select count(*) from schedule_assignment where id = " + assignment)).isOne();
		assertThat(audit("schedule.change.refused", String.valueOf(assignment))).as("the refusal is audited").isOne();

		JsonNode placed = ApiClient.json(hold);
		assertThat(api
			.call("POST", "/api/holds/" + placed.path("id").asLong() + "/release", "records",
					"{\"version\": %d, \"reason\": \"Answered\"}".formatted(placed.path("version").asLong()))
			.statusCode()).isEqualTo(200);
		assertThat(api.call("DELETE", "/api/schedules/assignments/" + assignment, "records", null).statusCode())
			.isEqualTo(204);
		assertThat(audit("schedule.assignment.removed", String.valueOf(assignment))).isOne();
		HttpResponse<String> retired = api.call("POST", "/api/schedules/items/" + other + "/retire", "records",
				"{\"version\": %d}".formatted(retireVersion));
		assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
		assertThat(audit("schedule.item.retired", "API-1 / 020")).isOne();
		assertThat(api.call("DELETE", "/api/schedules/assignments/" + assignment, "records", null).statusCode())
			.isEqualTo(404);
	}

	private long audit(String action, String target) {
		return count("select count(*) from audit_event where action = '" + action + "' and target_id = '" + target
				+ "' and actor = 'records'");
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return (n != null) ? n : 0;
	}

}
