package gov.records.governance.authorization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP to the console under test: API calls with HTTP Basic as a demo user (password
 * {@code demo}) or anonymously, and browser-like sessions for the views (form sign-in,
 * cookies kept, redirects not followed).
 */
final class MatrixHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A request body and its content type. */
	record Body(String contentType, byte[] content) {

		static Body json(String json) {
			return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** One request of a cell: method, path with query, and body (or none). */
	record Call(String method, String path, @Nullable Body body) {

		static Call get(String path) {
			return new Call("GET", path, null);
		}

		static Call post(String path, @Nullable String json) {
			return new Call("POST", path, (json != null) ? Body.json(json) : null);
		}

	}

	/** An answer: status, body, and where a redirect points. */
	record Answer(int status, byte[] bytes, Optional<String> location) {

		String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		JsonNode json() {
			return JSON.readTree(this.bytes);
		}

	}

	private final String base;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	MatrixHttp(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** An API call as {@code user} (null: anonymous). */
	Answer api(Call call, @Nullable String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + call.path()))
			.method(call.method(), (call.body() != null) ? HttpRequest.BodyPublishers.ofByteArray(call.body().content())
					: HttpRequest.BodyPublishers.noBody());
		if (call.body() != null) {
			request.header("Content-Type", call.body().contentType());
		}
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return send(this.http, request.build());
	}

	/** A call that must succeed (an arrangement, not a cell). */
	Answer must(Call call, String user) {
		Answer answer = api(call, user);
		if (answer.status() < 200 || answer.status() > 299) {
			throw new IllegalStateException("arranging " + call.method() + " " + call.path() + " as " + user + ": "
					+ answer.status() + " " + answer.text());
		}
		return answer;
	}

	/** A browser-like session: cookies kept between its requests. */
	Session session() {
		return new Session(HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build());
	}

	final class Session {

		private final HttpClient client;

		private Session(HttpClient client) {
			this.client = client;
		}

		/** Signs in through the login form, as a browser does; true when accepted. */
		boolean signIn(String user) {
			get("/login");
			String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
			Answer answer = send(this.client,
					HttpRequest.newBuilder(URI.create(MatrixHttp.this.base + "/login"))
						.POST(HttpRequest.BodyPublishers.ofString(form))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.build());
			return answer.status() == 302 && answer.location().filter((l) -> !l.contains("error")).isPresent();
		}

		Answer get(String path) {
			return send(this.client, HttpRequest.newBuilder(URI.create(MatrixHttp.this.base + path)).GET().build());
		}

		Answer postJson(String path, String json) {
			return send(this.client,
					HttpRequest.newBuilder(URI.create(MatrixHttp.this.base + path))
						.POST(HttpRequest.BodyPublishers.ofString(json))
						.header("Content-Type", "application/json")
						.build());
		}

	}

	private static Answer send(HttpClient client, HttpRequest request) {
		try {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
