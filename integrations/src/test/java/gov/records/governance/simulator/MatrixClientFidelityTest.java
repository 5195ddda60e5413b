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
 * The simulator answers what a Matrix client (matrix-js-sdk, matrix-nio) sends with the
 * client-server API's documented shapes: the full room state, joined rooms, whoami, and
 * state events whose senders are on the homeserver's own server name (issue 18).
 */
class MatrixClientFidelityTest {

	private static final String SERVER = "matrix.agency.gov";

	private BackendSimulator simulator;

	private VendorClient sdk;

	@BeforeEach
	void start() {
		this.simulator = BackendSimulator.builder()
			.bearerToken("syt_token")
			.matrixServerName(SERVER)
			.group(PlatformKind.MATRIX, "!ops:" + SERVER, "Ops", days(30, false), new AccountCounts(2, 0, 0))
			.group(PlatformKind.MATRIX, "!legal:" + SERVER, "Legal", keep(), new AccountCounts(1, 0, 0))
			.matrixRoomWithoutConsole("!legal:" + SERVER)
			.build()
			.start();
		this.sdk = new VendorClient(this.simulator.baseUri(), Map.of("Authorization", "Bearer syt_token"));
	}

	@AfterEach
	void stop() {
		this.simulator.stop();
	}

	@Test
	void whoamiNamesTheConsolesAccountOnTheHomeserver() {
		JsonNode whoami = this.sdk.get("/_matrix/client/v3/account/whoami").body();
		assertThat(whoami.get("user_id").asString()).isEqualTo("@console:" + SERVER);
		assertThat(whoami.get("is_guest").asBoolean()).isFalse();
		assertThat(whoami.has("device_id")).isTrue();
	}

	@Test
	void joinedRoomsListsOnlyTheRoomsTheAccountIsIn() {
		JsonNode joined = this.sdk.get("/_matrix/client/v3/joined_rooms").body();
		assertThat(joined.get("joined_rooms").isArray()).isTrue();
		assertThat(joined.get("joined_rooms")).extracting(JsonNode::asString).containsExactly("!ops:" + SERVER);
	}

	@Test
	void theFullStateIsAnArrayOfStateEventsSentFromTheHomeserver() {
		VendorClient.Answer answer = this.sdk.get("/_matrix/client/v3/rooms/%21ops%3A" + SERVER + "/state");
		assertThat(answer.status()).isEqualTo(200);
		JsonNode state = answer.body();
		assertThat(state.isArray()).isTrue();
		List<String> types = new ArrayList<>();
		for (JsonNode event : state) {
			types.add(event.get("type").asString());
			assertThat(event.has("state_key")).isTrue();
			assertThat(event.get("room_id").asString()).isEqualTo("!ops:" + SERVER);
			assertThat(event.get("event_id").asString()).startsWith("$");
			assertThat(event.get("origin_server_ts").isNumber()).isTrue();
			assertThat(event.get("sender").asString()).endsWith(":" + SERVER);
		}
		assertThat(types).contains("m.room.create", "m.room.member", "m.room.power_levels", "m.room.name",
				"m.room.retention");
		JsonNode retention = find(state, "m.room.retention");
		assertThat(retention.get("content").get("max_lifetime").asLong()).isEqualTo(30L * 86_400_000);

		assertThat(this.sdk.get("/_matrix/client/v3/rooms/%21legal%3A" + SERVER + "/state").status()).isEqualTo(403);
	}

	@Test
	void theAdminRoomStateCarriesTheSameSenders() {
		JsonNode state = this.sdk.get("/_synapse/admin/v1/rooms/%21legal%3A" + SERVER + "/state").body().get("state");
		for (JsonNode event : state) {
			assertThat(event.get("sender").asString()).endsWith(":" + SERVER);
		}
		assertThat(find(state, "m.room.name").get("content").get("name").asString()).isEqualTo("Legal");
	}

	private static JsonNode find(JsonNode state, String type) {
		for (JsonNode event : state) {
			if (event.get("type").asString().equals(type)) {
				return event;
			}
		}
		throw new AssertionError("no " + type);
	}

}
