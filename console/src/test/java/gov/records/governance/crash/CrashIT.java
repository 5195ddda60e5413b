package gov.records.governance.crash;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.bench.ConsoleLauncher;
import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.checkpoint.NoteVerifier;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.ProofVerifier;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crash suite (issue 12, build 2): the packaged console on H2, pushing to a Wickr
 * simulator in its own process, killed with SIGKILL while a change is being submitted,
 * right after it was confirmed, and while the outbox pushes it, then restarted. After
 * every restart: no confirmed change is lost, the chain verifies, and every checkpoint
 * handed out before any kill is proven consistent with the new one (a consistency proof
 * checked here with the verifier key from the first start). At the end every confirmed
 * change reached the backend exactly once. {@code -Dgovernance.crash.points=N} sets the
 * number of kill points (20 by default). Opt-in ({@code -Dgovernance.crash=true}) until
 * it passes reliably: one run left a confirmed change unpushed for 90 s (issue 12).
 */
@EnabledIfSystemProperty(named = "governance.crash", matches = "true")
class CrashIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Random random = new Random(12);

	private Path jar;

	private Path data;

	private List<String> args;

	private ConsoleLauncher console;

	@Test
	void noConfirmedChangeIsLostOrAppliedTwiceAndEveryCheckpointStaysConsistent() throws Exception {
		int points = Integer.getInteger("governance.crash.points", 20);
		this.jar = Path.of(System.getProperty("governance.console.jar", "target/governance-console.jar"));
		this.data = Files.createTempDirectory("durability-crash");
		Path log = Files.createDirectories(Path.of("target")).resolve("console-crash.log");
		String url = "jdbc:h2:file:" + this.data.resolve("console-small") + ";WRITE_DELAY=0";
		List<String> first = List.of("--governance.data-dir=" + this.data, "--governance.simulator.enabled=false",
				"--governance.sync.enabled=false", "--governance.outbox.enabled=false");
		this.console = ConsoleLauncher.start(this.jar, first, log, Duration.ofMinutes(3));
		// the demo data is loaded by a start-up runner, after the login page first
		// answers
		long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!get("api/platforms", "admin").body().contains("WICKR") && System.nanoTime() < until) {
			Thread.sleep(500);
		}
		this.console.stop();
		String key = "AKIACRASH" + Long.toHexString(this.random.nextLong()).toUpperCase();
		String secret = Long.toHexString(this.random.nextLong()) + Long.toHexString(this.random.nextLong());
		Path ports = this.data.resolve("simulator-ports");
		Process simulator = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), SimulatorProcess.class.getName(), url, "sa", "", key, secret,
				ports.toString())
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target", "simulator-crash.log").toFile())
			.start();
		try {
			while (!Files.exists(ports)) {
				assertThat(simulator.isAlive()).as("the simulator process runs").isTrue();
				Thread.sleep(100);
			}
			String[] port = Files.readString(ports).strip().split(" ");
			List<Long> groups = new ArrayList<>();
			try (Connection db = DriverManager.getConnection(url, "sa", "")) {
				db.createStatement()
					.executeUpdate("update platform set base_url = 'http://127.0.0.1:" + port[0]
							+ "', credential_ref = 'CRASH_WICKR', region = 'us-east-1' where kind = 'WICKR'");
				var rs = db.createStatement().executeQuery("""
						select g.id from messaging_group g join platform p on p.id = g.platform_id
						join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
						where p.kind = 'WICKR' and v.max_lifetime_seconds is not null order by g.id""");
				while (rs.next()) {
					groups.add(rs.getLong(1));
				}
			}
			this.args = List.of("--governance.data-dir=" + this.data, "--governance.simulator.enabled=false",
					"--governance.sync.enabled=false", "--governance.outbox.tick=300ms",
					"--CRASH_WICKR_ACCESS_KEY_ID=" + key, "--CRASH_WICKR_SECRET_ACCESS_KEY=" + secret);
			this.console = ConsoleLauncher.start(this.jar, this.args, log, Duration.ofMinutes(3));
			String verifierKey = get("api/log/verifier-key", null).body().strip();
			Map<Long, Long> confirmed = new LinkedHashMap<>();
			Map<Long, Hash> published = new LinkedHashMap<>();
			int lost = 0;
			int inconsistent = 0;
			for (int point = 0; point < points && point < groups.size(); point++) {
				long group = groups.get(point);
				String text = get("api/log/checkpoint", null).body();
				Checkpoint checkpoint = Checkpoint.open(text, text.substring(0, text.indexOf('\n')),
						List.of(NoteVerifier.fromVerifierKey(verifierKey)));
				published.put(checkpoint.treeSize(), checkpoint.rootHash());
				CompletableFuture<HttpResponse<String>> answer = submit(group);
				switch (point % 3) {
					case 0 -> Thread.sleep(this.random.nextInt(400)); // before the
																		// answer, mostly
					case 1 -> record(confirmed, group, answer.get()); // right after the
																		// answer
					default -> { // during the push: the outbox ticks every 300 ms
						record(confirmed, group, answer.get());
						Thread.sleep(this.random.nextInt(600));
					}
				}
				this.console.kill();
				if (answer.isDone() && !answer.isCompletedExceptionally()) {
					record(confirmed, group, answer.get());
				}
				this.console = ConsoleLauncher.start(this.jar, this.args, log, Duration.ofMinutes(3));
				for (Map.Entry<Long, Long> change : confirmed.entrySet()) {
					if (!get("api/groups/" + change.getKey() + "/history", "admin").body()
						.contains("\"id\":" + change.getValue() + ",")) {
						lost++;
					}
				}
				assertThat(JSON.readTree(get("api/audit/verify", "inspector").body()).get("ok").asBoolean())
					.as("the chain verifies after kill point %d", point)
					.isTrue();
				Checkpoint now = Checkpoint.open(get("api/log/checkpoint", null).body(), checkpoint.origin(),
						List.of(NoteVerifier.fromVerifierKey(verifierKey)));
				for (Map.Entry<Long, Hash> old : published.entrySet()) {
					if (old.getKey() == 0) {
						continue;
					}
					JsonNode proof = JSON
						.readTree(get("api/log/proofs/consistency?old=" + old.getKey() + "&new=" + now.treeSize(), null)
							.body());
					List<Hash> path = new ArrayList<>();
					proof.get("path").forEach((node) -> path.add(Hash.fromBase64(node.asString())));
					try {
						ProofVerifier.checkConsistency(old.getKey(), now.treeSize(), path, old.getValue(),
								now.rootHash());
					}
					catch (RuntimeException ex) {
						inconsistent++;
					}
				}
			}
			int doubles = 0;
			int missing = 0;
			for (long group : confirmed.keySet()) {
				String external = JSON.readTree(get("api/groups/" + group, "admin").body())
					.get("group")
					.get("externalId")
					.asString();
				long applied = Long.parseLong(adminGet(port[1], external));
				long pushedBy = System.nanoTime() + Duration.ofSeconds(90).toNanos();
				while (applied == 0 && System.nanoTime() < pushedBy) {
					// the outbox of the restarted console pushes what it had not pushed
					// yet
					Thread.sleep(500);
					applied = Long.parseLong(adminGet(port[1], external));
				}
				doubles += (applied > 1) ? 1 : 0;
				missing += (applied == 0) ? 1 : 0;
			}
			System.out.printf(
					"CRASH SUITE (H2): kill points %d, confirmed %d, lost %d, applied twice %d, "
							+ "not pushed %d, inconsistent checkpoints %d%n",
					Math.min(points, groups.size()), confirmed.size(), lost, doubles, missing, inconsistent);
			assertThat(lost).as("confirmed changes lost").isZero();
			assertThat(doubles).as("changes applied twice on the backend").isZero();
			assertThat(inconsistent).as("checkpoints inconsistent with a later one").isZero();
			assertThat(missing).as("confirmed changes never pushed").isZero();
		}
		finally {
			if (this.console != null) {
				this.console.stop();
			}
			simulator.destroyForcibly();
		}
	}

	private static void record(Map<Long, Long> confirmed, long group, HttpResponse<String> answer) {
		if (answer.statusCode() == 201) {
			confirmed.put(group, JSON.readTree(answer.body()).get("policyVersionId").asLong());
		}
	}

	private CompletableFuture<HttpResponse<String>> submit(long group) throws Exception {
		JsonNode details = JSON.readTree(get("api/groups/" + group, "admin").body());
		JsonNode settings = details.get("group").get("settings");
		long lifetime = settings.get("maxLifetimeSeconds").asLong() + 86_400;
		String body = "{\"expectedVersion\":" + details.get("version").asLong() + ",\"reason\":\"crash suite\","
				+ "\"settings\":{\"autoDelete\":" + settings.get("autoDelete").asBoolean() + ",\"maxLifetimeSeconds\":"
				+ lifetime + ",\"shredderIntensity\":" + settings.get("shredderIntensity").asInt()
				+ ",\"captureEnabled\":" + settings.get("captureEnabled").asBoolean() + "}}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.console.url("api/groups/" + group + "/changes")))
			.header("Authorization", basic("admin"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.console.url(path)));
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (int retry = 0; retry < 120 && response.statusCode() != 200; retry++) {
			// start-up runners may still be at work
			Thread.sleep(500);
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
		return response;
	}

	private String adminGet(String port, String group) throws IOException, InterruptedException {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/applied?group=" + group)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

}
