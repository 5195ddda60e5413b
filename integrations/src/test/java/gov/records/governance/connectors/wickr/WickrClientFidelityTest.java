package gov.records.governance.connectors.wickr;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.transport.HttpCall;
import gov.records.governance.connectors.transport.Json;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.simulator.BackendSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The simulator answers what an AWS SDK's {@code wickr} client sends (SigV4-signed REST,
 * the query parameters of the service model) with the model's shapes: ListUsers filters
 * and sorts and carries no {@code lastActivity} (GetUser does), UpdateSecurityGroup takes
 * a {@code name} (issue 18).
 */
class WickrClientFidelityTest {

	private static final DeletionSettings WEEK = new DeletionSettings(true, Duration.ofDays(7), null, 0, true);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private BackendSimulator simulator;

	private SigV4Signer signer;

	@BeforeEach
	void start() {
		this.simulator = BackendSimulator.builder()
			.awsCredentials("AKIDFIDELITY", "fidelity-secret", "us-east-1")
			.group(PlatformKind.WICKR, "sg-a", "Alpha", WEEK, new AccountCounts(3, 2, 0))
			.group(PlatformKind.WICKR, "sg-b", "Bravo", WEEK, new AccountCounts(4, 1, 1))
			.build()
			.start();
		this.signer = new SigV4Signer("AKIDFIDELITY", "fidelity-secret", "us-east-1", "wickr", Clock.systemUTC(),
				false);
	}

	@AfterEach
	void stop() {
		this.simulator.stop();
	}

	@Test
	void listUsersHasNoLastActivityButGetUserHas() {
		JsonNode users = send("GET", "/networks/12345678/users?maxResults=100", null).get("users");
		assertThat(users).hasSize(11);
		for (JsonNode user : users) {
			assertThat(user.has("lastActivity")).isFalse();
			assertThat(user.has("lastLogin")).isFalse();
			assertThat(user.get("securityGroups").isArray()).isTrue();
		}
		JsonNode one = send("GET", "/networks/12345678/users/u1", null);
		assertThat(one.get("lastActivity").isNumber()).isTrue();
		assertThat(one.get("securityGroupIds").get(0).asString()).isEqualTo("sg-a");
	}

	@Test
	void listUsersFiltersByGroupStatusAndUsername() {
		JsonNode bravo = send("GET", "/networks/12345678/users?groupId=sg-b&maxResults=100", null).get("users");
		assertThat(bravo).hasSize(6);
		assertThat(bravo).allSatisfy((u) -> assertThat(u.get("securityGroups").get(0).asString()).isEqualTo("sg-b"));

		JsonNode pending = send("GET", "/networks/12345678/users?status=1&maxResults=100", null).get("users");
		assertThat(pending).hasSize(3);
		assertThat(pending).allSatisfy((u) -> assertThat(u.get("status").asInt()).isEqualTo(1));

		JsonNode pendingInA = send("GET", "/networks/12345678/users?groupId=sg-a&status=1", null).get("users");
		assertThat(pendingInA).hasSize(2);

		JsonNode named = send("GET", "/networks/12345678/users?username=USER1", null).get("users");
		assertThat(names(named, "username")).containsExactly("user1@example.gov", "user10@example.gov",
				"user11@example.gov");
	}

	@Test
	void listUsersSortsAndPagesTheSortedList() {
		JsonNode first = send("GET", "/networks/12345678/users?sortFields=username&sortDirection=DESC&maxResults=4",
				null);
		assertThat(names(first.get("users"), "username")).containsExactly("user9@example.gov", "user8@example.gov",
				"user7@example.gov", "user6@example.gov");
		String next = first.get("nextToken").asString();
		JsonNode rest = send("GET",
				"/networks/12345678/users?sortFields=username&sortDirection=DESC&maxResults=100" + "&nextToken=" + next,
				null);
		// as strings: "user10@" sorts before "user1@" (0 before @)
		assertThat(names(rest.get("users"), "username")).endsWith("user1@example.gov", "user11@example.gov",
				"user10@example.gov");
		assertThat(rest.has("nextToken")).isFalse();

		assertThat(status("GET", "/networks/12345678/users?sortFields=shoeSize")).isEqualTo(422);
		assertThat(status("GET", "/networks/12345678/users?sortDirection=UP")).isEqualTo(422);
	}

	@Test
	void updateSecurityGroupRenames() {
		JsonNode updated = send("PATCH", "/networks/12345678/security-groups/sg-a", "{\"name\":\"Alpha Team\"}");
		assertThat(updated.get("securityGroup").get("name").asString()).isEqualTo("Alpha Team");
		assertThat(send("GET", "/networks/12345678/security-groups/sg-a", null).get("securityGroup")
			.get("name")
			.asString()).isEqualTo("Alpha Team");
		assertThat(this.simulator.liveSettings(PlatformKind.WICKR, "sg-a")).contains(WEEK);
		assertThat(status("PATCH", "/networks/12345678/security-groups/sg-a", "{\"name\":\"\"}")).isEqualTo(422);
	}

	private static List<String> names(JsonNode users, String field) {
		List<String> names = new ArrayList<>();
		users.forEach((u) -> names.add(u.get(field).asString()));
		return names;
	}

	private int status(String method, String path) {
		return status(method, path, null);
	}

	private int status(String method, String path, String body) {
		return exchange(method, path, body).statusCode();
	}

	private JsonNode send(String method, String path, String body) {
		HttpResponse<String> response = exchange(method, path, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Json.MAPPER.readTree(response.body());
	}

	private HttpResponse<String> exchange(String method, String path, String body) {
		URI uri = this.simulator.baseUri().resolve(path);
		byte[] bytes = (body == null) ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Map<String, String> headers = new LinkedHashMap<>();
		if (body != null) {
			headers.put("content-type", "application/json");
		}
		this.signer.authenticate(HttpCall.write("Call", method, uri, bytes, null, true), headers);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(bytes));
		headers.forEach((name, value) -> {
			if (!name.equals("host")) {
				request.header(name, value);
			}
		});
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
