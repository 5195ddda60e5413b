package gov.records.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls to the console under test, as one of the demo users (password
 * {@code demo}) or anonymously.
 */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	ApiClient(int port) {
		this.port = port;
	}

	/** A call with a JSON body (or none), answered as text. */
	HttpResponse<String> call(String method, String path, @Nullable String user, @Nullable String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path, user)
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A GET answered as bytes (a downloaded bundle). */
	HttpResponse<byte[]> download(String path, @Nullable String user) throws IOException, InterruptedException {
		return this.http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A POST of raw bytes (an uploaded bundle), answered as text. */
	HttpResponse<String> upload(String path, @Nullable String user, byte[] body, String contentType)
			throws IOException, InterruptedException {
		return this.http.send(request(path, user).POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", contentType)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The body of a successful answer as JSON (the test fails on any other status). */
	static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return JSON.readTree(response.body());
	}

	/** The body of any answer as JSON. */
	static JsonNode body(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpRequest.Builder request(String path, @Nullable String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

}
