package gov.records.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, item 10: a wrong method is 405 and a wrong content type 415 (not an empty
 * 403), an unknown API path is a 404 problem (not the console's page), a page past what
 * can be counted is refused (not the first page), and a not-found detail reads as one
 * sentence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiStatusCodesTest {

	@LocalServerPort
	int port;

	@Test
	void wrongMethodWrongMediaTypeAndUnknownPathKeepTheirStatusAsProblems() throws Exception {
		ApiClient api = new ApiClient(this.port);
		problem(api.call("DELETE", "/api/groups", "admin", null), 405, "method-not-allowed");
		problem(api.upload("/api/reports", "inspector", "{}".getBytes(), "text/plain"), 415, "unsupported-media-type");
		problem(api.call("GET", "/api/no-such-thing", "admin", null), 404, "not-found");
		problem(api.call("GET", "/api/no-such-thing", null, null), 401, "unauthorized");
		HttpResponse<String> page = api.call("GET", "/api/groups?page=2147483647&size=500", "cio", null);
		problem(page, 400, "invalid-request");
		assertThat(ApiClient.body(page).path("errors").findValuesAsString("field")).containsExactly("page");
		HttpResponse<String> missing = api.call("GET", "/api/groups/99999999/backend", "admin", null);
		problem(missing, 404, "not-found");
		assertThat(ApiClient.body(missing).path("detail").asString()).isEqualTo("No such group in your scope.");
	}

	private static void problem(HttpResponse<String> answer, int status, String type) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(ApiClient.body(answer).path("type").asString()).isEqualTo("urn:records-governance:problem:" + type);
	}

}
