package gov.records.governance.multi;

import gov.records.governance.launch.ConsoleLauncher;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * One console process as the suite talks to it: the REST API with the demo users' HTTP
 * Basic, and the form sign-in a browser posts.
 */
final class ConsoleApi {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ConsoleLauncher console;

	private final String name;

	ConsoleApi(String name, ConsoleLauncher console) {
		this.name = name;
		this.console = console;
	}

	String name() {
		return this.name;
	}

	ConsoleLauncher process() {
		return this.console;
	}

	HttpResponse<String> get(String path, @Nullable String user) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.console.url(path)))
			.timeout(Duration.ofSeconds(30));
		if (user != null) {
			request.header("Authorization", basic(user, "demo"));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.console.url(path)))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", basic(user, "demo"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** An API call with a wrong password: a failed sign-in. */
	int wrongPassword(String user) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.console.url("api/groups")))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basic(user, "not-the-password"))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/**
	 * Signs in through the login form as a browser does (a session of its own).
	 * @return whether the console accepted it (redirected anywhere but back to an error)
	 */
	boolean signIn(String user) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		browser.send(HttpRequest.newBuilder(URI.create(this.console.url("login"))).build(),
				HttpResponse.BodyHandlers.discarding());
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
		HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(URI.create(this.console.url("login")))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = answer.headers().firstValue("Location").orElse("");
		return answer.statusCode() == 302 && !location.contains("error");
	}

	/** GET that waits for the start-up runners (up to a minute) and insists on 200. */
	String ok(String path, @Nullable String user) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path, user);
		for (int retry = 0; retry < 120 && response.statusCode() != 200; retry++) {
			Thread.sleep(500);
			response = get(path, user);
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					this.name + " GET " + path + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
