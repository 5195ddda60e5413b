package gov.records.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes a report request (issue 12, Build 5; DD053): arbitrary bytes as the JSON body of
 * {@code POST /api/reports}, over real HTTP as the inspector, through the console's own
 * parsing, {@link ReportBody}'s checks and the report service's. The answer is 202 with
 * the queued report's id, or 400 problem details whose words carry no Java class name or
 * stack frame the body did not; never a 500 or another status. Seeds and past findings
 * are in {@code ReportRequestFuzzTestInputs}. The console has an in-memory database of
 * its own, closed afterwards (accepted requests queue reports).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:report-request-fuzz;DB_CLOSE_DELAY=-1")
@DirtiesContext
class ReportRequestFuzzTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A qualified class name, a bare exception name or a stack frame. */
	private static final Pattern JAVA = Pattern.compile(
			"\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|\\tat ");

	private static final String INSPECTOR = "Basic "
			+ Base64.getEncoder().encodeToString("inspector:demo".getBytes(StandardCharsets.UTF_8));

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@FuzzTest(maxDuration = "5s")
	void request(byte[] body) throws IOException, InterruptedException {
		HttpResponse<String> answer = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/reports"))
				.header("Authorization", INSPECTOR)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		String sent = new String(body, StandardCharsets.UTF_8);
		assertThat(answer.statusCode()).as("the answer to %s: %s", sent, answer.body()).isIn(202, 400);
		JsonNode json = JSON.readTree(answer.body());
		if (answer.statusCode() == 202) {
			assertThat(json.path("id").isNumber()).as(answer.body()).isTrue();
			return;
		}
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		List<String> words = new java.util.ArrayList<>();
		words.add(json.path("detail").asString(""));
		json.path("errors").forEach((error) -> error.properties().forEach((p) -> words.add(p.getValue().asString(""))));
		assertThat(words.get(0)).as("a refusal says why: %s", answer.body()).isNotBlank();
		for (String text : words) {
			Matcher m = JAVA.matcher(text);
			while (m.find()) {
				assertThat(sent).as("'%s' reached the answer: %s", m.group(), answer.body()).contains(m.group());
			}
		}
	}

}
