package gov.records.governance.crash;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.launch.ConsoleLauncher;
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
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crash suite (issue 12, build 2; DD054), on H2 (a file database) and on PostgreSQL
 * (a schema of its own). The packaged console pushes to a Wickr simulator in a process of
 * its own (it outlives every console) and is stopped dead at one kill point per run: by
 * its test-only kill hook ({@code -Dgovernance.test.kill-at=point#n}, the console halts
 * itself there) inside a change before and after its commit, before and after the
 * outbox's push, while a sync reads and while it applies, while a report is written and
 * after it is archived, after a checkpoint is signed and after it is recorded; or by
 * SIGKILL right after the answer and at a random moment while a change is in flight. Then
 * it is restarted (armed for the next point) and checked: no confirmed change is lost, no
 * backend group got a change twice, the chain verifies, every checkpoint handed out
 * before is proven consistent with the new one (with the verifier key of the first
 * start), no report is left running. At the end every confirmed change reached the
 * backend exactly once and the outbox is empty. {@code -Dgovernance.crash.points=N} sets
 * the kill points per store (20 by default, the CI bound); points past the plan's twelve
 * come round again, halting at a later pass of the point. It runs in every build on both
 * stores ({@code -Dgovernance.crash=false} skips it, {@code -Dgovernance.crash.h2=false}
 * only its H2 half).
 */
@DisabledIfSystemProperty(named = "governance.crash", matches = "false")
class CrashIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Wickr's longest message lifetime: a change one day longer must stay within it. */
	private static final long MAX_TTL_SECONDS = 365L * 24 * 3600;

	/** The longest a start may take (the first one migrates and loads the demo data). */
	private static final Duration START = Duration.ofMinutes(Long.getLong("governance.crash.start-minutes", 6));

	/** What is done to the console at a kill point, and how it dies. */
	enum Action {

		/** Submit a change; the hook halts inside it. */
		CHANGE,
		/** Submit a change and SIGKILL the console as soon as it answered. */
		ANSWERED,
		/** Submit a change and SIGKILL the console a random moment later. */
		IN_FLIGHT,
		/** Submit a change and let the outbox push it; the hook halts in the push. */
		PUSH,
		/** Submit a change, then sync the Wickr platform; the hook halts in the sync. */
		SYNC,
		/** Submit a change, then ask for a report; the hook halts in its generation. */
		REPORT,
		/** Submit a change, then fetch the checkpoint; the hook halts in its signing. */
		CHECKPOINT

	}

	record Point(String hook, Action action) {
	}

	/** The actions a later round repeats until their point's later pass is reached. */
	private static final java.util.Set<Action> REPEATED = java.util.EnumSet.of(Action.CHANGE, Action.PUSH, Action.SYNC,
			Action.REPORT);

	static final List<Point> PLAN = List.of(new Point("change.saved", Action.CHANGE),
			new Point("change.committed", Action.CHANGE), new Point("", Action.ANSWERED),
			new Point("outbox.pushing", Action.PUSH), new Point("outbox.pushed", Action.PUSH),
			new Point("sync.read", Action.SYNC), new Point("sync.applying", Action.SYNC),
			new Point("report.writing", Action.REPORT), new Point("report.archived", Action.REPORT),
			new Point("checkpoint.signed", Action.CHECKPOINT), new Point("checkpoint.recorded", Action.CHECKPOINT),
			new Point("", Action.IN_FLIGHT));

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Random random = new Random(12);

	private ConsoleLauncher console;

	/**
	 * The embedded default, with the URL it ships with ({@code REUSE_SPACE=FALSE},
	 * DD070): before that setting H2 lost confirmed commits here after a kill (DD056),
	 * even with the commit barrier.
	 */
	@Test
	@Timeout(value = 30, unit = TimeUnit.MINUTES)
	@DisabledIfSystemProperty(named = "governance.crash.h2", matches = "false")
	void onH2() throws Exception {
		Path data = Files.createTempDirectory("crash-h2");
		String url = "jdbc:h2:file:" + data.resolve("console-small") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE";
		run("H2", 0, data, url, "sa", List.of());
	}

	@Test
	@Timeout(value = 30, unit = TimeUnit.MINUTES)
	@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
	void onPostgres() throws Exception {
		String database = System.getenv().getOrDefault("GOVERNANCE_TEST_PGDB", "test");
		String schema = "crash_" + Long.toString(System.currentTimeMillis(), 36);
		String server = "jdbc:postgresql://127.0.0.1:5432/" + database;
		try (Connection db = DriverManager.getConnection(server, "postgres", "")) {
			db.createStatement().execute("create schema " + schema);
		}
		String url = server + "?currentSchema=" + schema;
		try {
			run("PostgreSQL", 10, Files.createTempDirectory("crash-pg"), url, "postgres",
					List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
							"--spring.datasource.username=postgres", "--spring.datasource.password=",
							"--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema));
		}
		finally {
			try (Connection db = DriverManager.getConnection(server, "postgres", "")) {
				db.createStatement().execute("drop schema " + schema + " cascade");
			}
		}
	}

	private void run(String store, int offset, Path data, String url, String user, List<String> storeArgs)
			throws Exception {
		long began = System.nanoTime();
		// ports from governance.crash.port (19700) on: H2 19700-19703, PostgreSQL
		// 19710-19713
		int consolePort = Integer.getInteger("governance.crash.port", 19700) + offset;
		int points = Integer.getInteger("governance.crash.points", 20);
		Path jar = Path.of(System.getProperty("governance.console.jar", "target/governance-console.jar"));
		Path logs = Files.createDirectories(Path.of("target", "crash"));
		FastStart fast = FastStart.prepare(jar, logs);
		jar = fast.jar();
		List<String> jvm = fast.options();
		List<String> first = with(storeArgs, "--governance.data-dir=" + data, "--governance.simulator.enabled=false",
				"--governance.sync.enabled=false", "--governance.outbox.enabled=false");
		this.console = ConsoleLauncher.start(consolePort, jvm, jar, first, logs.resolve(store + "-first.log"), START);
		// the demo data is loaded by a start-up runner, after the login page first
		// answers
		long until = System.nanoTime() + START.toNanos();
		while (!get("api/platforms", "admin").body().contains("WICKR") && System.nanoTime() < until) {
			Thread.sleep(500);
		}
		this.console.stop();
		String key = "AKIACRASH" + Long.toHexString(this.random.nextLong()).toUpperCase();
		String secret = Long.toHexString(this.random.nextLong()) + Long.toHexString(this.random.nextLong());
		Path ports = data.resolve("simulator-ports");
		Process simulator = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), SimulatorProcess.class.getName(), url, user, "", key, secret,
				ports.toString(), String.valueOf(consolePort + 2), String.valueOf(consolePort + 3))
			.redirectErrorStream(true)
			.redirectOutput(logs.resolve(store + "-simulator.log").toFile())
			.start();
		Map<Long, Long> confirmed = new LinkedHashMap<>();
		List<Long> touched = new ArrayList<>();
		List<Long> reports = new ArrayList<>();
		Map<Long, Hash> published = new LinkedHashMap<>();
		int lost = 0;
		Map<Long, String> losses = new LinkedHashMap<>();
		int inconsistent = 0;
		int killed = 0;
		try {
			while (!Files.exists(ports)) {
				assertThat(simulator.isAlive()).as("the simulator process runs").isTrue();
				Thread.sleep(100);
			}
			String[] port = Files.readString(ports).strip().split(" ");
			List<Long> groups = new ArrayList<>();
			long wickr;
			long organization;
			try (Connection db = DriverManager.getConnection(url, user, "")) {
				db.createStatement()
					.executeUpdate("update platform set base_url = 'http://127.0.0.1:" + port[0]
							+ "', credential_ref = 'CRASH_WICKR', region = 'us-east-1' where kind = 'WICKR'");
				db.createStatement().executeUpdate("update platform set base_url = null where kind <> 'WICKR'");
				wickr = one(db, "select id from platform where kind = 'WICKR' order by id");
				organization = one(db, "select id from organization where parent_id is null order by id");
				ResultSet rs = db.createStatement().executeQuery("""
						select g.id from messaging_group g join platform p on p.id = g.platform_id
						join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
						where p.kind = 'WICKR' and v.max_lifetime_seconds is not null
						  and v.max_lifetime_seconds < %d order by g.id""".formatted(MAX_TTL_SECONDS - 86_400 * 2));
				while (rs.next()) {
					groups.add(rs.getLong(1));
				}
			}
			List<String> args = with(storeArgs, "--governance.data-dir=" + data, "--governance.simulator.enabled=false",
					"--governance.sync.enabled=false", "--governance.outbox.tick=300ms",
					"--CRASH_WICKR_ACCESS_KEY_ID=" + key, "--CRASH_WICKR_SECRET_ACCESS_KEY=" + secret);
			this.console = ConsoleLauncher.start(consolePort, armed(jvm, 0), jar, args, logs.resolve(store + "-0.log"),
					START);
			String verifierKey = get("api/log/verifier-key", null).body().strip();
			String first0 = get("api/log/checkpoint", null).body();
			String origin = first0.substring(0, first0.indexOf('\n'));
			int next = 0;
			// the restarted console may reach its armed point before the test acts, with
			// work left from the kill before (a push, a report): then that was the kill
			boolean diedEarly = false;
			for (int point = 0; point < points; point++) {
				Point plan = PLAN.get(point % PLAN.size());
				assertThat(next).as("Wickr groups left for the changes").isLessThan(groups.size());
				long group = groups.get(next++);
				CompletableFuture<HttpResponse<String>> answer = null;
				try {
					if (diedEarly) {
						throw new IOException("the console reached its kill point before the test acted");
					}
					String text = get("api/log/checkpoint", null).body();
					Checkpoint before = Checkpoint.open(text, origin,
							List.of(NoteVerifier.fromVerifierKey(verifierKey)));
					published.put(before.treeSize(), before.rootHash());
					touched.add(group);
					answer = submit(group);
					switch (plan.action()) {
						case CHANGE -> awaitQuietly(answer);
						case ANSWERED -> {
							confirm(confirmed, group, answer);
							this.console.kill();
						}
						case IN_FLIGHT -> {
							Thread.sleep(this.random.nextInt(400));
							this.console.kill();
						}
						case PUSH -> confirm(confirmed, group, answer);
						case SYNC -> {
							confirm(confirmed, group, answer);
							syncOnceRun(wickr);
						}
						case REPORT -> {
							confirm(confirmed, group, answer);
							reports.add(requestReport(organization));
						}
						case CHECKPOINT -> {
							confirm(confirmed, group, answer);
							for (int pass = 0; pass < 6 && this.console.alive(); pass++) {
								quietly(() -> get("api/log/checkpoint", null));
								if (this.console.alive() && next < groups.size()) {
									// more events, so that the next fetch signs a new
									// size
									long more = groups.get(next++);
									touched.add(more);
									confirm(confirmed, more, submit(more));
								}
							}
						}
					}
					// later rounds halt at a later pass of the point: the action again,
					// on
					// another group, until the console dies there
					int nth = point / PLAN.size() + 1;
					for (int pass = 2; pass <= nth && REPEATED.contains(plan.action())
							&& this.console.alive(); pass++) {
						if (plan.action() == Action.PUSH && this.console.awaitExit(Duration.ofSeconds(20))) {
							break;
						}
						if (answer.isDone() && !answer.isCompletedExceptionally()) {
							record(confirmed, group, answer.get());
						}
						group = groups.get(next++);
						touched.add(group);
						answer = submit(group);
						switch (plan.action()) {
							case CHANGE -> awaitQuietly(answer);
							case SYNC -> {
								confirm(confirmed, group, answer);
								syncOnceRun(wickr);
							}
							case REPORT -> {
								confirm(confirmed, group, answer);
								reports.add(requestReport(organization));
							}
							default -> confirm(confirmed, group, answer);
						}
					}
				}
				catch (IOException ex) {
					assertThat(this.console.awaitExit(Duration.ofSeconds(30)))
						.as("the console died at the point: %s", ex)
						.isTrue();
				}
				if (!plan.hook().isEmpty()) {
					assertThat(this.console.awaitExit(Duration.ofSeconds(60)))
						.as("the console halts at %s (kill point %d)", spec(point), point)
						.isTrue();
					assertThat(Files.readString(logs.resolve(store + "-" + point + ".log")))
						.as("the console halted at the planned point")
						.contains("KILL POINT " + spec(point) + " reached");
				}
				if (answer != null && answer.isDone() && !answer.isCompletedExceptionally()) {
					record(confirmed, group, answer.get());
				}
				killed++;
				try {
					this.console = ConsoleLauncher.start(consolePort, armed(jvm, point + 1 < points ? point + 1 : -1),
							jar, args, logs.resolve(store + "-" + (point + 1) + ".log"), START);
					for (Map.Entry<Long, Long> change : confirmed.entrySet()) {
						String history = get("api/groups/" + change.getKey() + "/history", "admin").body();
						if (!history.contains("\"id\":" + change.getValue() + ",")) {
							lost++;
							// what an operator needs to tell a lost commit from a wrong
							// answer: the point, the change and what the console shows
							losses.putIfAbsent(change.getValue(),
									"version %d of group %d, missing after kill point %d (%s): history %s".formatted(
											change.getValue(), change.getKey(), point, spec(point),
											history.length() > 600 ? history.substring(0, 600) + "..." : history));
						}
					}
					assertThat(JSON.readTree(get("api/audit/verify", "inspector").body()).get("ok").asBoolean())
						.as("the chain verifies after kill point %d", point)
						.isTrue();
					Checkpoint now = Checkpoint.open(get("api/log/checkpoint", null).body(), origin,
							List.of(NoteVerifier.fromVerifierKey(verifierKey)));
					for (Map.Entry<Long, Hash> old : published.entrySet()) {
						if (old.getKey() == 0) {
							continue;
						}
						JsonNode proof = JSON.readTree(
								get("api/log/proofs/consistency?old=" + old.getKey() + "&new=" + now.treeSize(), null)
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
					published.put(now.treeSize(), now.rootHash());
					for (long report : reports) {
						assertThat(JSON.readTree(get("api/reports/" + report, "inspector").body())
							.get("status")
							.asString()).as("report %d after kill point %d", report, point).isIn("DONE", "FAILED");
					}
					diedEarly = false;
				}
				catch (IOException ex) {
					assertThat(this.console.awaitExit(Duration.ofSeconds(30)))
						.as("only a kill ends a check early: %s", ex)
						.isTrue();
					diedEarly = true;
				}
			}
			int doubles = 0;
			int missing = 0;
			for (long group : touched) {
				String external = JSON.readTree(get("api/groups/" + group, "admin").body())
					.get("group")
					.get("externalId")
					.asString();
				long applied = Long.parseLong(adminGet(port[1], external));
				long pushedBy = System.nanoTime() + Duration.ofSeconds(60).toNanos();
				while (confirmed.containsKey(group) && applied == 0 && System.nanoTime() < pushedBy) {
					// the outbox of the restarted console pushes what it had not pushed
					Thread.sleep(300);
					applied = Long.parseLong(adminGet(port[1], external));
				}
				doubles += (applied > 1) ? 1 : 0;
				missing += (confirmed.containsKey(group) && applied == 0) ? 1 : 0;
			}
			this.console.stop();
			this.console = null;
			long pending;
			try (Connection db = DriverManager.getConnection(url, user, "")) {
				pending = one(db, "select count(*) from outbox where status <> 'APPLIED'");
			}
			System.out.printf(
					"CRASH SUITE (%s): kill points %d, confirmed %d, lost %d, applied twice %d, not pushed %d, "
							+ "outbox not applied %d, inconsistent checkpoints %d, %d s%n",
					store, killed, confirmed.size(), lost, doubles, missing, pending, inconsistent,
					Duration.ofNanos(System.nanoTime() - began).toSeconds());
			assertThat(killed).as("kill points").isEqualTo(points);
			losses.values().forEach((loss) -> System.out.println("CRASH SUITE (" + store + ") LOST: " + loss));
			assertThat(lost).as("confirmed changes lost: %s", losses.values()).isZero();
			assertThat(doubles).as("changes applied twice on the backend").isZero();
			assertThat(inconsistent).as("checkpoints inconsistent with a later one").isZero();
			assertThat(missing).as("confirmed changes never pushed").isZero();
			assertThat(pending).as("outbox rows not applied at the end").isZero();
		}
		finally {
			if (this.console != null) {
				this.console.stop();
			}
			simulator.destroyForcibly();
		}
	}

	/** The JVM options of the run that ends at kill point {@code point} (-1: none). */
	private static List<String> armed(List<String> jvm, int point) {
		if (point < 0 || PLAN.get(point % PLAN.size()).hook().isEmpty()) {
			return jvm;
		}
		List<String> options = new ArrayList<>(jvm);
		options.add("-Dgovernance.test.kill-at=" + spec(point));
		return options;
	}

	/**
	 * {@code hook#n}: the first round halts at a point's first pass, later rounds later.
	 */
	private static String spec(int point) {
		return PLAN.get(point % PLAN.size()).hook() + "#" + (point / PLAN.size() + 1);
	}

	private static List<String> with(List<String> base, String... more) {
		List<String> all = new ArrayList<>(base);
		all.addAll(List.of(more));
		return all;
	}

	private static long one(Connection db, String sql) throws Exception {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Records the change if it was answered 201 within a minute; a dead console did not.
	 */
	private static void confirm(Map<Long, Long> confirmed, long group, CompletableFuture<HttpResponse<String>> answer) {
		try {
			record(confirmed, group, answer.get(60, TimeUnit.SECONDS));
		}
		catch (Exception ex) {
			// the console died before it answered
		}
	}

	private static void record(Map<Long, Long> confirmed, long group, HttpResponse<String> answer) {
		if (answer.statusCode() == 201) {
			confirmed.put(group, JSON.readTree(answer.body()).get("policyVersionId").asLong());
		}
	}

	private static void awaitQuietly(CompletableFuture<HttpResponse<String>> answer) {
		try {
			answer.get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			// the console died before it answered
		}
	}

	private static void quietly(Request request) {
		try {
			request.send();
		}
		catch (Exception ex) {
			// the console died before it answered
		}
	}

	interface Request {

		void send() throws Exception;

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

	/** Asks for an audit extract as of now; returns the report's id. */
	private long requestReport(long organization) throws IOException, InterruptedException {
		HttpResponse<String> report = post("api/reports", "inspector", "{\"type\":\"AUDIT_EXTRACT\",\"organizationId\":"
				+ organization + ",\"asOf\":\"" + Instant.now() + "\"}");
		assertThat(report.statusCode()).as("report request: %s", report.body()).isEqualTo(202);
		return JSON.readTree(report.body()).get("id").asLong();
	}

	/**
	 * Asks for a sync until one runs: the console killed before may have died holding the
	 * platform's sync lock, which then answers "skipped" for one lease (30 s). Returns
	 * when a sync ran or the console died in it.
	 */
	private void syncOnceRun(long platform) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (this.console.alive() && System.nanoTime() < until) {
			HttpResponse<String> outcome;
			try {
				outcome = post("api/platforms/" + platform + "/sync", "admin", "");
			}
			catch (IOException ex) {
				// the console died at the point
				return;
			}
			if (outcome.statusCode() != 200 || !outcome.body().contains("\"SKIPPED\"")) {
				return;
			}
			Thread.sleep(1000);
		}
	}

	private HttpResponse<String> post(String path, String user, String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.console.url(path)))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
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
