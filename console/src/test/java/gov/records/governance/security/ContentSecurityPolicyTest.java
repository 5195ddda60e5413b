package gov.records.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer carries a Content-Security-Policy (issue 12 item 13): the Vaadin pages the
 * one Vaadin runs under, own origin only and never framed; the API, its errors and its
 * OpenAPI document one that lets nothing load. That the pages still work under it is
 * {@code ContentSecurityPolicyIT}'s job, in a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentSecurityPolicyTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theLoginPageAndItsResourcesAreLimitedToTheConsolesOwnOrigin() throws Exception {
		for (String path : new String[] { "/login", "/", "/no-such-page" }) {
			String policy = policy(send(path, null));
			assertThat(policy).as(path)
				.contains("default-src 'self'")
				.contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
				.contains("object-src 'none'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("*")
				.doesNotContain("http:");
		}
	}

	@Test
	void theApiAndItsErrorsLetNothingLoad() throws Exception {
		for (String user : new String[] { "cio", null }) {
			HttpResponse<String> groups = send("/api/groups?size=1", user);
			assertThat(groups.statusCode()).isEqualTo((user == null) ? 401 : 200);
			assertThat(policy(groups)).startsWith("default-src 'none'").contains("frame-ancestors 'none'");
		}
		assertThat(policy(send("/api/no-such-endpoint", "cio"))).startsWith("default-src 'none'");
	}

	private static String policy(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Security-Policy").orElse("(none)");
	}

	private HttpResponse<String> send(String path, @Nullable String user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
