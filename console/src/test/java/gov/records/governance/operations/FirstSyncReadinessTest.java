package gov.records.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.sync.PlatformConnections;
import gov.records.governance.sync.PlatformSyncService;
import gov.records.governance.sync.SyncOutcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Readiness waits for the first sync attempt of each connected platform, and an attempt
 * that failed counts (DD055): with sync on but its first tick an hour away, the console
 * is alive and not ready; once every platform was tried, one of them against a backend
 * that refuses connections, it is ready.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// its own database: the suite's shared one holds syncs of earlier tests, which
		// count
		// as another instance's recent attempts
		properties = { "governance.sync.enabled=true", "governance.sync.first-delay=1h",
				"spring.datasource.url=jdbc:h2:mem:readiness-${random.uuid};DB_CLOSE_DELAY=-1" })
class FirstSyncReadinessTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformService platforms;

	@Autowired
	PlatformSyncService sync;

	@Autowired
	PlatformConnections connections;

	@Test
	void readyAfterTheFirstAttemptOfEveryPlatformEvenAFailedOne() throws Exception {
		assertThat(get("/actuator/health/liveness", false).statusCode()).isEqualTo(200);
		HttpResponse<String> waiting = get("/actuator/health/readiness", true);
		assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(503);
		assertThat(waiting.body()).contains("OUT_OF_SERVICE").contains("waitingForFirstSync");
		// anonymous callers see the status only
		assertThat(get("/actuator/health/readiness", false).body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");

		List<PlatformSummary> connected = this.platforms.all().stream().filter(PlatformSummary::connected).toList();
		assertThat(connected).hasSizeGreaterThanOrEqualTo(2);
		// one backend is down: nothing listens where the console reaches it
		PlatformSummary down = connected.stream().filter((p) -> p.id() == 2).findFirst().orElseThrow();
		URI nowhere = URI.create("http://127.0.0.1:19899");
		this.connections.override(down.id(), switch (down.kind()) {
			case WICKR -> ConnectionSettings.wickr(nowhere, "00000000", "us-east-1", "AKIAEXAMPLE", "not-a-secret");
			case MATTERMOST -> ConnectionSettings.mattermost(nowhere, "nowhere", "not-a-token");
			case MATRIX -> ConnectionSettings.matrix(nowhere, "nowhere.example", "not-a-token");
			case SLACK -> ConnectionSettings.slack(nowhere, "E00000000", "not-a-token", null);
			case OTHER -> throw new IllegalStateException("platform 2 has no connector");
		});
		boolean first = true;
		for (PlatformSummary platform : connected) {
			SyncOutcome outcome = this.sync.sync(platform, "readiness test");
			assertThat(outcome.status()).as(outcome.message())
				.isEqualTo((platform.id() == 2) ? SyncOutcome.Status.FAILED : SyncOutcome.Status.SYNCED);
			if (first) {
				// one platform attempted, the failing one and the others not yet: still
				// waiting
				// (platforms the sync jobs do not serve, such as a grid without a token,
				// are
				// not waited for, so later steps may already be ready)
				assertThat(get("/actuator/health/readiness", false).statusCode()).isEqualTo(503);
				first = false;
			}
		}
		HttpResponse<String> ready = get("/actuator/health/readiness", true);
		assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
		assertThat(ready.body()).contains("\"status\":\"UP\"");
	}

	private HttpResponse<String> get(String path, boolean signedIn) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (signedIn) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("cio:demo".getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
