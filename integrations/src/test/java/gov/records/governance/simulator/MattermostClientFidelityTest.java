package gov.records.governance.simulator;

import static gov.records.governance.connectors.Fixtures.days;
import static gov.records.governance.connectors.Fixtures.keep;
import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.platforms.PlatformKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The simulator answers what Mattermost's own JavaScript client ({@code Client4} of
 * mattermost-redux) sends: its {@code Authorization: BEARER <token>} header (upper case),
 * its {@code X-Requested-With} header and its paths and paging parameters, with the
 * shapes of Mattermost's API reference (issue 18).
 */
class MattermostClientFidelityTest {

	private BackendSimulator simulator;

	private VendorClient client4;

	@BeforeEach
	void start() {
		this.simulator = BackendSimulator.builder()
			.bearerToken("pat-token")
			.group(PlatformKind.MATTERMOST, "team:ops", "Operations", days(30, false), new AccountCounts(4, 0, 1))
			.group(PlatformKind.MATTERMOST, "team:legal", "Legal", keep(), new AccountCounts(2, 0, 0))
			.group(PlatformKind.MATTERMOST, "team:hr", "HR", keep(), new AccountCounts(1, 0, 0))
			.group(PlatformKind.MATTERMOST, "channel:alerts", "Alerts", days(7, false), AccountCounts.NONE)
			.mattermostSharedPolicy("Short-lived", 3, "team:hr", "team:legal")
			.build()
			.start();
		this.client4 = new VendorClient(this.simulator.baseUri(),
				Map.of("Authorization", "BEARER pat-token", "X-Requested-With", "XMLHttpRequest"));
	}

	@AfterEach
	void stop() {
		this.simulator.stop();
	}

	@Test
	void theSchemeIsCaseInsensitiveButTheTokenIsNot() {
		assertThat(this.client4.get("/api/v4/teams?page=0&per_page=60").status()).isEqualTo(200);
		for (String header : List.of("bearer pat-token", "Bearer pat-token", "BeArEr pat-token")) {
			assertThat(new VendorClient(this.simulator.baseUri(), Map.of("Authorization", header)).get("/api/v4/teams")
				.status()).as(header).isEqualTo(200);
		}
		for (String header : List.of("BEARER PAT-TOKEN", "Basic pat-token", "BEARERpat-token")) {
			assertThat(new VendorClient(this.simulator.baseUri(), Map.of("Authorization", header)).get("/api/v4/teams")
				.status()).as(header).isEqualTo(401);
		}
	}

	@Test
	void teamsWithTheirTotalCount() {
		VendorClient.Answer plain = this.client4
			.get("/api/v4/teams?page=0&per_page=2&include_total_count=false&exclude_policy_constrained=false");
		assertThat(plain.body().isArray()).isTrue();
		assertThat(plain.body()).hasSize(2);

		JsonNode counted = this.client4
			.get("/api/v4/teams?page=1&per_page=2&include_total_count=true&exclude_policy_constrained=false")
			.body();
		assertThat(counted.get("total_count").asInt()).isEqualTo(3);
		assertThat(counted.get("teams")).hasSize(1);
		assertTeamShape(counted.get("teams").get(0));
	}

	@Test
	void aTeamByIdAndByNameAndItsChannels() {
		JsonNode byId = this.client4.get("/api/v4/teams/ops").body();
		assertTeamShape(byId);
		assertThat(byId.get("display_name").asString()).isEqualTo("Operations");
		assertThat(this.client4.get("/api/v4/teams/name/ops").body().get("id").asString()).isEqualTo("ops");

		VendorClient.Answer missing = this.client4.get("/api/v4/teams/nope");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body().get("id").asString()).isEqualTo("app.team.get.find.app_error");
		assertThat(missing.body().get("status_code").asInt()).isEqualTo(404);

		JsonNode channels = this.client4.get("/api/v4/teams/ops/channels?page=0&per_page=60").body();
		assertThat(channels.isArray()).isTrue();
		assertThat(channels).hasSize(1);
		assertThat(channels.get(0).get("id").asString()).isEqualTo("alerts");
		assertThat(channels.get(0).get("team_id").asString()).isEqualTo("ops");
		assertThat(this.client4.get("/api/v4/teams/legal/channels").body()).isEmpty();
	}

	@Test
	void aChannelById() {
		JsonNode channel = this.client4.get("/api/v4/channels/alerts").body();
		assertThat(fields(channel)).contains("id", "create_at", "update_at", "delete_at", "team_id", "type",
				"display_name", "name", "header", "purpose", "creator_id", "policy_id");
		assertThat(channel.get("display_name").asString()).isEqualTo("Alerts");
		assertThat(this.client4.get("/api/v4/channels/nope").status()).isEqualTo(404);
	}

	@Test
	void searchingAPolicysTeamsAndAPolicysChannelsWithTheirTeam() {
		JsonNode policies = this.client4.get("/api/v4/data_retention/policies?page=0&per_page=60").body();
		String shared = null;
		String channelPolicy = null;
		for (JsonNode policy : policies.get("policies")) {
			if (policy.get("display_name").asString().equals("Short-lived")) {
				shared = policy.get("id").asString();
			}
			if (policy.get("channel_count").asInt() == 1) {
				channelPolicy = policy.get("id").asString();
			}
		}
		JsonNode found = this.client4
			.post("/api/v4/data_retention/policies/" + shared + "/teams/search", "application/json",
					"{\"term\":\"le\"}")
			.body();
		assertThat(found.isArray()).isTrue();
		assertThat(found).hasSize(1);
		assertThat(found.get(0).get("name").asString()).isEqualTo("legal");
		assertThat(found.get(0).get("policy_id").asString()).isEqualTo(shared);
		assertThat(this.client4
			.post("/api/v4/data_retention/policies/" + shared + "/teams/search", "application/json", "{\"term\":\"\"}")
			.body()).hasSize(2);

		JsonNode channels = this.client4
			.get("/api/v4/data_retention/policies/" + channelPolicy + "/channels?page=0&per_page=60")
			.body();
		assertThat(channels.get("total_count").asInt()).isEqualTo(1);
		JsonNode channel = channels.get("channels").get(0);
		assertThat(channel.get("team_name").asString()).isEqualTo("ops");
		assertThat(channel.get("team_display_name").asString()).isEqualTo("Operations");
		assertThat(channel.has("team_update_at")).isTrue();
	}

	@Test
	void theTeamPoliciesOfTheSignedInUser() {
		JsonNode mine = this.client4.get("/api/v4/users/me/data_retention/team_policies?page=0&per_page=60").body();
		assertThat(mine.get("total_count").asInt()).isEqualTo(3);
		Map<String, Long> days = new java.util.TreeMap<>();
		mine.get("policies").forEach((p) -> days.put(p.get("team_id").asString(), p.get("post_duration").asLong()));
		assertThat(days).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("hr", 3L, "legal", 3L, "ops", 30L)));
		assertThat(this.client4.get("/api/v4/users/me/data_retention/team_policies?page=1&per_page=2")
			.body()
			.get("policies")).hasSize(1);
	}

	private static void assertTeamShape(JsonNode team) {
		assertThat(fields(team)).contains("id", "create_at", "update_at", "delete_at", "display_name", "name",
				"description", "email", "type", "allowed_domains", "invite_id", "allow_open_invite", "policy_id");
	}

	private static List<String> fields(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
