package gov.records.governance.security;

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

/**
 * Platforms serve every component, so their switches need a department-wide scope: the
 * component administrator {@code admin-fec} may not turn automatic remediation on or off,
 * sync, or drive the simulator (403, nothing changed); the department administrator may.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformWideScopeTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aComponentAdministratorCannotChangeSyncOrSimulateThePlatforms() throws Exception {
		long platform = this.jdbc.queryForObject("select min(id) from platform where kind <> 'OTHER'", Long.class);
		boolean before = this.jdbc.queryForObject("select auto_remediate from platform where id = ?", Boolean.class,
				platform);
		String flip = "{\"autoRemediate\": " + !before + ", \"reason\": \"scope test\"}";
		assertThat(call("PUT", "/api/platforms/" + platform + "/auto-remediate", "admin-fec", flip)).isEqualTo(403);
		assertThat(
				this.jdbc.queryForObject("select auto_remediate from platform where id = ?", Boolean.class, platform))
			.isEqualTo(before);
		assertThat(call("POST", "/api/platforms/" + platform + "/sync", "admin-fec", null)).isEqualTo(403);
		assertThat(call("GET", "/api/simulator", "admin-fec", null)).isEqualTo(403);
		assertThat(call("POST", "/api/simulator/clear", "admin-fec", null)).isEqualTo(403);

		assertThat(call("GET", "/api/simulator", "admin", null)).isEqualTo(200);
		assertThat(call("PUT", "/api/platforms/" + platform + "/auto-remediate", "admin", flip)).isEqualTo(200);
		assertThat(call("PUT", "/api/platforms/" + platform + "/auto-remediate", "admin",
				"{\"autoRemediate\": " + before + ", \"reason\": \"scope test undone\"}"))
			.isEqualTo(200);
	}

	private int call(String method, String path, String user, String body) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.method(method,
						(body != null) ? HttpRequest.BodyPublishers.ofString(body)
								: HttpRequest.BodyPublishers.noBody())
				.header("Content-Type", "application/json")
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
