package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deleted audit event is an alarm, not an outage (issue 19, build 5), over real HTTP:
 * audited writes (a capture bot's report) still succeed and chain on from the stored
 * head, the health endpoint names the break, and no checkpoint is signed over it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokenChainApiTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditService audit;

	@Autowired
	AuditChainMonitor monitor;

	@Test
	void theConsoleStaysUsableAndSaysWhereTheChainBroke() throws Exception {
		assertThat(health().path("details").path("chain").asString()).isEqualTo("intact");
		try (BrokenChain broken = new BrokenChain(this.jdbc, this.audit, this.monitor)) {
			long before = this.jdbc.queryForObject("select max(seq) from audit_event", Long.class);
			HttpResponse<String> report = call("POST", "/api/capture/reports", "capture-bot",
					"{\"platformId\":1,\"received\":50,\"saved\":50,\"failed\":0}");
			assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
			assertThat(this.jdbc.queryForObject("select max(seq) from audit_event", Long.class)).isGreaterThan(before);

			JsonNode chain = health();
			assertThat(chain.path("status").asString()).isEqualTo("UP");
			assertThat(chain.path("details").path("chain").asString()).isEqualTo("broken");
			assertThat(chain.path("details").path("brokenAt").asLong()).isEqualTo(broken.deleted);

			HttpResponse<String> checkpoint = call("GET", "/api/log/checkpoint", null, null);
			assertThat(checkpoint.statusCode()).isEqualTo(409);
			assertThat(checkpoint.body()).contains("broken at event #" + broken.deleted).doesNotContain("Exception");
			assertThat(call("GET", "/api/log/checkpoint?size=" + (broken.deleted - 1), null, null).statusCode())
				.isEqualTo(200);
		}
		assertThat(health().path("details").path("chain").asString()).isEqualTo("intact");
		assertThat(call("GET", "/api/log/checkpoint", null, null).statusCode()).isEqualTo(200);
	}

	private JsonNode health() throws Exception {
		// details (the chain among them) only for a signed-in role (DD055)
		HttpResponse<String> answer = call("GET", "/actuator/health", "inspector", null);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(answer.body()).path("components").path("auditChain");
	}

	private HttpResponse<String> call(String method, String path, @Nullable String user, @Nullable String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
