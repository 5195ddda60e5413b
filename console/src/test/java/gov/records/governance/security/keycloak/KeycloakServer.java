package gov.records.governance.security.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak for the tests: the server distribution Maven unpacked into
 * {@code target/keycloak} ({@code governance.keycloak.home}), started with
 * {@code kc.sh start-dev} on free loopback ports with the JDK running the tests, the
 * console's realm from {@code docker/keycloak/} and a second realm ({@code elsewhere}) to
 * issue foreign tokens. Each start imports afresh (its {@code data} folder is removed).
 * Ready once the management health says UP, the realm's discovery document names the
 * expected issuer and the process is alive. Stopped by its process group.
 */
public final class KeycloakServer implements AutoCloseable {

	public static final String REALM = "governance";

	/** The public client the tests ask for tokens (password grant). */
	public static final String CLI_CLIENT = "governance-cli";

	/** A client added for the tests only: the same, with two-second access tokens. */
	public static final String SHORT_LIVED_CLIENT = "governance-cli-short";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final int port;

	private final Duration startup;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private KeycloakServer(Process process, int port, Duration startup) {
		this.process = process;
		this.port = port;
		this.startup = startup;
	}

	/**
	 * Starts Keycloak. {@code consoleBase} (e.g. {@code http://localhost:41234}) replaces
	 * the realm's {@code http://localhost:8080} in the console client's redirect and
	 * logout addresses.
	 */
	public static KeycloakServer start(String consoleBase, Path log) throws IOException {
		return start(consoleBase, log, freePort());
	}

	/**
	 * Starts Keycloak on the given HTTP port (again where a stopped one was: its issuer
	 * stays the same).
	 */
	public static KeycloakServer start(String consoleBase, Path log, int port) throws IOException {
		Path home = Path.of(System.getProperty("governance.keycloak.home", "target/keycloak/keycloak-26.7.3"));
		Path realm = Path
			.of(System.getProperty("governance.keycloak.realm", "../docker/keycloak/governance-realm.json"));
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException(
					"Keycloak is not unpacked at " + home.toAbsolutePath() + " (mvn verify unpacks it into target/)");
		}
		deleteTree(home.resolve("data"));
		Path imports = Files.createDirectories(home.resolve("data/import"));
		Files.writeString(imports.resolve("governance-realm.json"), testRealm(Files.readString(realm), consoleBase));
		try (InputStream other = KeycloakServer.class.getResourceAsStream("/keycloak/elsewhere-realm.json")) {
			Files.write(imports.resolve("elsewhere-realm.json"), other.readAllBytes());
		}
		int management = freePort();
		ProcessBuilder builder = new ProcessBuilder("setsid", home.resolve("bin/kc.sh").toString(), "start-dev",
				"--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + management,
				"--health-enabled=true", "--import-realm", "--hostname=http://127.0.0.1:" + port)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "bootstrap-admin");
		builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "bootstrap-" + Long.toHexString(System.nanoTime()));
		long begin = System.nanoTime();
		KeycloakServer server = new KeycloakServer(builder.start(), port, Duration.ZERO);
		try {
			server.awaitReady(management,
					Duration.parse(System.getProperty("governance.keycloak.startup-timeout", "PT6M")), log);
		}
		catch (IOException | RuntimeException ex) {
			server.close();
			throw ex;
		}
		return new KeycloakServer(server.process, port, Duration.ofNanos(System.nanoTime() - begin));
	}

	public String issuer() {
		return issuer(REALM);
	}

	/** The HTTP port. */
	public int port() {
		return this.port;
	}

	public String issuer(String realm) {
		return "http://127.0.0.1:" + this.port + "/realms/" + realm;
	}

	public Duration startup() {
		return this.startup;
	}

	/** An access token for a demo user through the CLI client (password grant). */
	public String accessToken(String username) {
		return token(REALM, CLI_CLIENT, username);
	}

	/** An access token from any realm and client that allows the password grant. */
	public String token(String realm, String client, String username) {
		String form = Map.of("grant_type", "password", "client_id", client, "username", username, "password", "demo")
			.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		try {
			HttpResponse<String> answer = this.http
				.send(HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("Keycloak refused a token for " + username + ": " + answer.body());
			}
			return JSON.readTree(answer.body()).path("access_token").asString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** Stops Keycloak and everything it started (its process group). */
	@Override
	public void close() {
		long group = this.process.pid();
		signal("-TERM", group);
		try {
			if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				signal("-KILL", group);
				this.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
			}
			// kc.sh's java child belongs to the same group: make sure it is gone too
			signal("-KILL", group);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void signal(String signal, long group) {
		try {
			new ProcessBuilder("kill", signal, "--", "-" + group).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitReady(int management, Duration timeout, Path log) throws IOException {
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/health/ready"))
			.timeout(Duration.ofSeconds(5))
			.build();
		HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IOException("Keycloak exited during start-up; see " + log.toAbsolutePath());
			}
			try {
				HttpResponse<String> up = this.http.send(health, HttpResponse.BodyHandlers.ofString());
				if (up.statusCode() == 200 && up.body().contains("UP")) {
					HttpResponse<String> realm = this.http.send(discovery, HttpResponse.BodyHandlers.ofString());
					if (realm.statusCode() == 200
							&& issuer().equals(JSON.readTree(realm.body()).path("issuer").asString())
							&& this.process.isAlive()) {
						return;
					}
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
		}
		throw new IOException("Keycloak was not ready within " + timeout + "; see " + log.toAbsolutePath());
	}

	/**
	 * The realm as the tests need it: the console's addresses at its test port, and a
	 * copy of the CLI client whose access tokens live two seconds (for the expired-token
	 * test).
	 */
	static String testRealm(String realm, String consoleBase) {
		ObjectNode root = (ObjectNode) JSON.readTree(realm.replace("http://localhost:8080", consoleBase));
		ArrayNode clients = (ArrayNode) root.path("clients");
		JsonNode cli = null;
		for (JsonNode client : clients) {
			if (CLI_CLIENT.equals(client.path("clientId").asString())) {
				cli = client;
			}
		}
		if (cli == null) {
			throw new IllegalStateException("The realm has no " + CLI_CLIENT + " client");
		}
		ObjectNode shortLived = (ObjectNode) cli.deepCopy();
		shortLived.put("clientId", SHORT_LIVED_CLIENT);
		shortLived.putObject("attributes").put("access.token.lifespan", "2");
		clients.add(shortLived);
		return JSON.writeValueAsString(root);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
			for (Path path : all) {
				Files.delete(path);
			}
		}
	}

}
