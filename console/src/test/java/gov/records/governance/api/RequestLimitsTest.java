package gov.records.governance.api;

import gov.records.governance.problems.ApiProblems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, item 8: every API body has a limit (413 problem, whether the body declares
 * its length or not), and a refusal lists at most the first 100 errors with a count of
 * the rest, so a small file of many bad rows gets a small answer. The limits are set low
 * here so the bodies stay small.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"governance.api.limits.json=64KB", "governance.api.limits.bundle=1MB", "governance.api.limits.inventory=3MB" })
class RequestLimitsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aBundleOverTheLimitIs413WithOrWithoutALength() throws Exception {
		byte[] big = new byte[2 * 1024 * 1024];
		HttpResponse<String> declared = post("/api/reports/verify", "inspector", "application/zip",
				HttpRequest.BodyPublishers.ofByteArray(big));
		tooLarge(declared, "1 MB");
		HttpResponse<String> chunked = post("/api/reports/verify", "inspector", "application/zip",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
		tooLarge(chunked, "1 MB");
	}

	@Test
	void aJsonBodyOverTheLimitIs413() throws Exception {
		String body = "{\"reason\": \"" + "x".repeat(100_000) + "\"}";
		tooLarge(post("/api/groups/1/changes", "admin", "application/json", HttpRequest.BodyPublishers.ofString(body)),
				"64 KB");
		tooLarge(
				post("/api/groups/1/changes", "admin", "application/json",
						HttpRequest.BodyPublishers
							.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))),
				"64 KB");
	}

	@Test
	void aFileOfManyBadRowsGetsTheFirstHundredErrorsAndACount() throws Exception {
		StringBuilder csv = new StringBuilder("device,user,app,lastSeen\n");
		for (int i = 0; i < 50_000; i++) {
			csv.append(",,,\n");
		}
		HttpResponse<String> refused = post("/api/inventory", "admin", "text/csv",
				HttpRequest.BodyPublishers.ofString(csv.toString()));
		assertThat(refused.statusCode()).as(refused.body().substring(0, 300)).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(refused.body());
		assertThat(problem.path("errors").size()).isEqualTo(ApiProblems.MAX_ERRORS);
		assertThat(problem.path("errorsOmitted").asLong()).isGreaterThan(40_000);
		assertThat(refused.body().length()).as("answer size").isLessThan(40_000);
	}

	private static void tooLarge(HttpResponse<String> answer, String limit) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.path("type").asString()).isEqualTo("urn:records-governance:problem:too-large");
		assertThat(problem.path("detail").asString()).contains(limit);
	}

	private HttpResponse<String> post(String path, String user, String contentType, HttpRequest.BodyPublisher body)
			throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.POST(body)
			.header("Content-Type", contentType)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
