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
 * The API's roles are the README's table (issue 12 item 12): approvals are not listed to
 * administrators, platforms (with their last errors) not to records officers or
 * inspectors, and administrators do not check report signatures. The console's pages say
 * {@code nosniff} and its session cookie is {@code SameSite} (item 13).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoleTableAndHeadersTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theApiAdmitsTheRolesOfTheReadmeTable() throws Exception {
		assertThat(send("GET", "/api/approvals", "admin").statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/approvals", "admin-fec").statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/approvals", "records").statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/approvals", "inspector").statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/platforms", "records").statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/platforms", "inspector").statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/platforms", "cio").statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/platforms", "admin").statusCode()).isEqualTo(200);
		assertThat(send("POST", "/api/reports/verify", "admin").statusCode()).isEqualTo(403);
		assertThat(send("POST", "/api/reports/verify", "records").statusCode()).isEqualTo(403);
		assertThat(send("POST", "/api/reports/verify", "inspector").statusCode()).isNotEqualTo(403);
	}

	@Test
	void theLoginPageSaysNosniffAndTheSessionCookieIsSameSite() throws Exception {
		HttpResponse<String> login = send("GET", "/login", null);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(login.headers().allValues("Set-Cookie")).filteredOn((c) -> c.startsWith("JSESSIONID="))
			.isNotEmpty()
			.allSatisfy((c) -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
	}

	private HttpResponse<String> send(String method, String path, @Nullable String user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/zip");
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
