package gov.records.governance.multi;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.launch.ConsoleLauncher;
import gov.records.governance.crash.SimulatorProcess;
import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.checkpoint.NoteVerifier;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.ProofVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13, item 3: two packaged console processes on one PostgreSQL database (a fresh
 * schema per run) and one Wickr backend (the simulator in a process of its own), driven
 * at once with settings changes (some of them on the same group from both consoles), form
 * sign-ins, failed sign-ins and syncs. Then: the chain verifies on both, both consoles'
 * checkpoints are one tree (a consistency proof links them), every confirmed change is
 * the group's settings and was pushed to the backend exactly once, a contested group got
 * one change and one conflict, no finding or policy version or outbox row is doubled, and
 * the scheduled compliance run ran once per half interval at most. Ports from
 * {@code governance.multi.port} (19601) on: two consoles, the backend, its admin port.
 */
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class MultiInstanceIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int DISTINCT = 16;

	private static final int CONTESTED = 8;

	/** Wickr's longest message lifetime: a change one day longer must stay within it. */
	private static final long MAX_TTL_SECONDS = 365L * 24 * 3600;

	private static final Duration COMPLIANCE_INTERVAL = Duration.ofSeconds(6);

	private final List<String> signIns = new ArrayList<>();

	@Test
	@Timeout(value = 6, unit = TimeUnit.MINUTES)
	void twoConsolesOnOneDatabaseKeepOneChainApplyEveryChangeOnceAndDoubleNothing() throws Exception {
		int port = Integer.getInteger("governance.multi.port", 19601);
		String database = System.getenv().getOrDefault("GOVERNANCE_TEST_PGDB", "test");
		String schema = "multi_" + Long.toString(System.currentTimeMillis(), 36);
		String server = "jdbc:postgresql://127.0.0.1:5432/" + database;
		String url = server + "?currentSchema=" + schema;
		try (Connection db = DriverManager.getConnection(server, "postgres", "")) {
			db.createStatement().execute("create schema " + schema);
		}
		Path jar = Path.of(System.getProperty("governance.console.jar", "target/governance-console.jar"));
		Path work = Files.createTempDirectory("multi-instance");
		Path target = Files.createDirectories(Path.of("target"));
		String key = "AKIAMULTI" + Long.toHexString(System.nanoTime()).toUpperCase();
		String secret = Long.toHexString(Double.doubleToLongBits(Math.random())) + Long.toHexString(System.nanoTime());
		List<String> common = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
				"--governance.simulator.enabled=false", "--governance.sync.tick=2s", "--governance.sync.first-delay=2s",
				"--governance.outbox.tick=300ms",
				"--governance.compliance.interval=" + COMPLIANCE_INTERVAL.toSeconds() + "s",
				"--MULTI_WICKR_ACCESS_KEY_ID=" + key, "--MULTI_WICKR_SECRET_ACCESS_KEY=" + secret);
		ConsoleApi a = null;
		ConsoleApi b = null;
		Process simulator = null;
		try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
			// the first console migrates the schema and loads the demo department
			a = new ConsoleApi("console A", ConsoleLauncher.start(port, List.of(), jar, with(common, work.resolve("a")),
					target.resolve("console-multi-a.log"), Duration.ofMinutes(3)));
			long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (!a.ok("api/platforms", "admin").contains("WICKR") && System.nanoTime() < until) {
				Thread.sleep(500);
			}
			Path ports = work.resolve("simulator-ports");
			simulator = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
					System.getProperty("java.class.path"), SimulatorProcess.class.getName(), url, "postgres", "", key,
					secret, ports.toString(), String.valueOf(port + 2), String.valueOf(port + 3))
				.redirectErrorStream(true)
				.redirectOutput(target.resolve("simulator-multi.log").toFile())
				.start();
			while (!Files.exists(ports)) {
				assertThat(simulator.isAlive()).as("the simulator process runs").isTrue();
				Thread.sleep(100);
			}
			long wickr = one(db, "select id from platform where kind = 'WICKR' order by id");
			db.createStatement()
				.executeUpdate("update platform set base_url = 'http://127.0.0.1:" + (port + 2)
						+ "', credential_ref = 'MULTI_WICKR', region = 'us-east-1', sync_interval_seconds = 4"
						+ " where id = " + wickr);
			db.createStatement().executeUpdate("update platform set base_url = null where id <> " + wickr);
			// the second console shares the database and the log's signing key (as the
			// replicas of the compose file do)
			a.ok("api/log/checkpoint", null); // the first checkpoint writes the key file
			Path second = Files.createDirectories(work.resolve("b"));
			Files.copy(work.resolve("a").resolve("log-signer.key"), second.resolve("log-signer.key"),
					StandardCopyOption.REPLACE_EXISTING);
			b = new ConsoleApi("console B", ConsoleLauncher.start(port + 1, List.of(), jar, with(common, second),
					target.resolve("console-multi-b.log"), Duration.ofMinutes(3)));
			b.ok("api/platforms", "admin");
			List<Long> groups = longs(db, """
					select g.id from messaging_group g join deletion_policy_version v on v.group_id = g.id
					and v.valid_to is null where g.platform_id = ? and v.max_lifetime_seconds is not null
					and v.max_lifetime_seconds <= ? order by g.id
					""", wickr, MAX_TTL_SECONDS - 86_400);
			assertThat(groups).hasSizeGreaterThanOrEqualTo(DISTINCT + CONTESTED);
			Timestamp driven = new Timestamp(System.currentTimeMillis());
			Map<Long, Long> confirmed = new LinkedHashMap<>();
			int contestedWon = drive(a, b, wickr, groups, confirmed);

			assertThat(confirmed).as("changes the consoles confirmed").hasSizeGreaterThanOrEqualTo(DISTINCT / 2);
			assertThat(contestedWon).as("contested groups with one change").isPositive();
			awaitPushes(db, confirmed.keySet(), port + 3);
			Thread.sleep(3_000); // ten more outbox ticks on each console: room for a
									// double
			checkChangesAppliedOnce(db, confirmed, port + 3);
			checkNothingDoubled(db, groups.subList(0, DISTINCT + CONTESTED), confirmed.size());
			checkOneChainAndOneTree(db, a, b);
			checkSignInsAndScheduledRuns(db, driven);
		}
		finally {
			for (ConsoleApi console : new ConsoleApi[] { a, b }) {
				if (console != null) {
					console.process().stop();
				}
			}
			if (simulator != null) {
				simulator.destroyForcibly();
			}
			try (Connection db = DriverManager.getConnection(server, "postgres", "")) {
				db.createStatement().execute("drop schema if exists " + schema + " cascade");
			}
		}
	}

	/**
	 * Everything at once on both consoles: distinct changes alternating between them,
	 * contested changes sent to both with the same version, syncs, sign-ins.
	 * @return how many contested groups ended with exactly one change and one conflict
	 */
	private int drive(ConsoleApi a, ConsoleApi b, long wickr, List<Long> groups, Map<Long, Long> confirmed)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		try {
			Map<Long, List<Future<HttpResponse<String>>>> changes = new LinkedHashMap<>();
			for (int i = 0; i < DISTINCT + CONTESTED; i++) {
				long group = groups.get(i);
				String body = change(a, group);
				List<ConsoleApi> to = (i < DISTINCT) ? List.of((i % 2 == 0) ? a : b) : List.of(a, b);
				List<Future<HttpResponse<String>>> answers = new ArrayList<>();
				for (ConsoleApi console : to) {
					answers.add(pool
						.submit(at(start, () -> console.post("api/groups/" + group + "/changes", "admin", body))));
				}
				changes.put(group, answers);
			}
			List<Future<HttpResponse<String>>> syncs = new ArrayList<>();
			List<Future<Boolean>> logins = new ArrayList<>();
			for (ConsoleApi console : List.of(a, b)) {
				for (int i = 0; i < 3; i++) {
					syncs.add(pool
						.submit(at(start, () -> console.post("api/platforms/" + wickr + "/sync", "admin", ""))));
				}
				for (String user : List.of("cio", "records", "inspector")) {
					logins.add(pool.submit(at(start, () -> signedIn(console, user))));
				}
				for (int i = 0; i < 2; i++) {
					String user = "nobody-" + console.name().charAt(console.name().length() - 1) + i;
					pool.submit(at(start, () -> console.wrongPassword(user)));
				}
			}
			start.countDown();
			int contestedWon = 0;
			int index = 0;
			for (Map.Entry<Long, List<Future<HttpResponse<String>>>> group : changes.entrySet()) {
				List<Integer> statuses = new ArrayList<>();
				for (Future<HttpResponse<String>> answer : group.getValue()) {
					HttpResponse<String> response = answer.get(3, TimeUnit.MINUTES);
					statuses.add(response.statusCode());
					if (response.statusCode() == 201) {
						assertThat(confirmed.put(group.getKey(),
								JSON.readTree(response.body()).get("policyVersionId").asLong()))
							.as("group %d confirmed twice", group.getKey())
							.isNull();
					}
				}
				if (index++ >= DISTINCT) {
					List<Integer> sorted = statuses.stream().sorted().toList();
					// the loser's version is stale: 409, even though the winner already
					// put
					// the very settings it proposes in force
					assertThat(sorted.equals(List.of(201, 409)) || !sorted.contains(201))
						.as("a contested group's answers (group %d): %s", group.getKey(), sorted)
						.isTrue();
					contestedWon += statuses.contains(201) ? 1 : 0;
				}
			}
			int synced = 0;
			for (Future<HttpResponse<String>> sync : syncs) {
				HttpResponse<String> response = sync.get(3, TimeUnit.MINUTES);
				assertThat(response.statusCode()).as("sync: %s", response.body()).isEqualTo(200);
				String status = JSON.readTree(response.body()).get("status").asString();
				assertThat(status).as("sync outcome: %s", response.body()).isIn("SYNCED", "SKIPPED");
				synced += "SYNCED".equals(status) ? 1 : 0;
			}
			assertThat(synced).as("syncs that ran").isPositive();
			for (Future<Boolean> login : logins) {
				assertThat(login.get(1, TimeUnit.MINUTES)).as("a form sign-in").isTrue();
			}
			pool.shutdown();
			assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
			return contestedWon;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private boolean signedIn(ConsoleApi console, String user) throws Exception {
		boolean ok = console.signIn(user);
		if (ok) {
			synchronized (this.signIns) {
				this.signIns.add(user);
			}
		}
		return ok;
	}

	/** A stricter maximum lifetime (one day longer), against the version read now. */
	private static String change(ConsoleApi console, long group) throws Exception {
		JsonNode details = JSON.readTree(console.ok("api/groups/" + group, "admin"));
		JsonNode settings = details.get("group").get("settings");
		return "{\"expectedVersion\":" + details.get("version").asLong() + ",\"reason\":\"multi-instance suite\","
				+ "\"settings\":{\"autoDelete\":" + settings.get("autoDelete").asBoolean() + ",\"maxLifetimeSeconds\":"
				+ (settings.get("maxLifetimeSeconds").asLong() + 86_400) + ",\"shredderIntensity\":"
				+ settings.get("shredderIntensity").asInt() + ",\"captureEnabled\":"
				+ settings.get("captureEnabled").asBoolean() + "}}";
	}

	private static void awaitPushes(Connection db, Iterable<Long> groups, int adminPort) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		for (long group : groups) {
			String external = externalId(db, group);
			while (applied(adminPort, external) == 0 && System.nanoTime() < until) {
				Thread.sleep(300);
			}
		}
	}

	private static void checkChangesAppliedOnce(Connection db, Map<Long, Long> confirmed, int adminPort)
			throws Exception {
		for (Map.Entry<Long, Long> change : confirmed.entrySet()) {
			long group = change.getKey();
			long version = change.getValue();
			assertThat(applied(adminPort, externalId(db, group))).as("writes of group %d on the backend", group)
				.isEqualTo(1);
			assertThat(one(db,
					"select count(*) from deletion_policy_version where id = " + version + " and group_id = " + group
							+ " and valid_to is null"))
				.as("group %d is governed by its confirmed change", group)
				.isEqualTo(1);
			assertThat(one(db,
					"select count(*) from outbox where policy_version_id = " + version + " and status = 'APPLIED'"))
				.as("the outbox row of group %d", group)
				.isEqualTo(1);
			assertThat(one(db, "select count(*) from audit_event where action = 'settings.pushed' and target_id = '"
					+ group + "'"))
				.as("push events of group %d", group)
				.isEqualTo(1);
		}
	}

	private static void checkNothingDoubled(Connection db, List<Long> driven, int confirmed) throws SQLException {
		String in = driven.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElseThrow();
		assertThat(one(db, "select count(*) from outbox where group_id in (" + in + ")"))
			.as("outbox rows of the driven groups")
			.isEqualTo(confirmed);
		assertThat(one(db,
				"select count(*) from (select group_id from deletion_policy_version where valid_to is null"
						+ " group by group_id having count(*) > 1) d"))
			.as("groups with two settings in force")
			.isZero();
		assertThat(one(db, "select count(*) from (select rule_id, subject_type, subject_id from finding"
				+ " where resolved_at is null group by rule_id, subject_type, subject_id having count(*) > 1) d"))
			.as("findings open twice")
			.isZero();
		assertThat(one(db,
				"select count(*) from (select platform_id, external_id from live_group_state"
						+ " group by platform_id, external_id having count(*) > 1) d"))
			.as("live states held twice")
			.isZero();
	}

	private static void checkOneChainAndOneTree(Connection db, ConsoleApi a, ConsoleApi b) throws Exception {
		long events = one(db, "select count(*) from audit_event");
		assertThat(one(db, "select max(seq) - min(seq) + 1 from audit_event")).as("sequence numbers without gaps")
			.isEqualTo(events);
		for (ConsoleApi console : List.of(a, b)) {
			JsonNode verify = JSON.readTree(console.ok("api/audit/verify", "inspector"));
			assertThat(verify.get("ok").asBoolean()).as("%s verifies the chain: %s", console.name(), verify).isTrue();
		}
		String verifierKey = a.ok("api/log/verifier-key", null).strip();
		assertThat(b.ok("api/log/verifier-key", null).strip()).isEqualTo(verifierKey);
		String text = a.ok("api/log/checkpoint", null);
		String origin = text.substring(0, text.indexOf('\n'));
		List<NoteVerifier> verifiers = List.of(NoteVerifier.fromVerifierKey(verifierKey));
		Checkpoint older = Checkpoint.open(text, origin, verifiers);
		Thread.sleep(500);
		Checkpoint newer = Checkpoint.open(b.ok("api/log/checkpoint", null), origin, verifiers);
		assertThat(newer.treeSize()).isGreaterThanOrEqualTo(older.treeSize());
		if (newer.treeSize() > older.treeSize()) {
			JsonNode proof = JSON.readTree(
					b.ok("api/log/proofs/consistency?old=" + older.treeSize() + "&new=" + newer.treeSize(), null));
			List<Hash> path = new ArrayList<>();
			proof.get("path").forEach((node) -> path.add(Hash.fromBase64(node.asString())));
			// throws unless console B's tree extends the one console A signed
			ProofVerifier.checkConsistency(older.treeSize(), newer.treeSize(), path, older.rootHash(),
					newer.rootHash());
		}
		else {
			assertThat(newer.rootHash()).isEqualTo(older.rootHash());
		}
	}

	private void checkSignInsAndScheduledRuns(Connection db, Timestamp since) throws SQLException {
		for (String user : List.of("cio", "records", "inspector")) {
			long expected = this.signIns.stream().filter(user::equals).count();
			assertThat(count(db,
					"select count(*) from audit_event where action = 'login.succeeded' and actor = ?"
							+ " and occurred_at >= ?",
					user, since))
				.as("sign-ins of %s in the log", user)
				.isEqualTo(expected);
		}
		assertThat(
				count(db,
						"select count(*) from audit_event where action = 'login.failed' and actor like ?"
								+ " and occurred_at >= ?",
						"nobody-%", since))
			.as("failed sign-ins in the log")
			.isEqualTo(4);
		List<Long> runs = longs(db, "select extract(epoch from started_at) * 1000 from compliance_run"
				+ " where trigger_kind = 'scheduled' order by started_at");
		assertThat(runs).as("scheduled compliance runs").hasSizeGreaterThanOrEqualTo(2);
		long halfInterval = COMPLIANCE_INTERVAL.toMillis() / 2;
		for (int i = 1; i < runs.size(); i++) {
			assertThat(runs.get(i) - runs.get(i - 1)).as("milliseconds between scheduled runs %d and %d", i - 1, i)
				.isGreaterThanOrEqualTo(halfInterval - 500);
		}
	}

	private static List<String> with(List<String> common, Path dataDir) throws Exception {
		Files.createDirectories(dataDir);
		List<String> args = new ArrayList<>(common);
		args.add("--governance.data-dir=" + dataDir);
		return args;
	}

	private static <T> Callable<T> at(CountDownLatch start, Callable<T> work) {
		return () -> {
			start.await();
			return work.call();
		};
	}

	private static long applied(int adminPort, String external) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return Long.parseLong(http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/applied?group=" + external))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body()
				.strip());
		}
	}

	private static String externalId(Connection db, long group) throws SQLException {
		try (ResultSet rs = db.createStatement()
			.executeQuery("select external_id from messaging_group where id = " + group)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static long one(Connection db, String sql) throws SQLException {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static long count(Connection db, String sql, Object... args) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static List<Long> longs(Connection db, String sql, Object... args) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			List<Long> values = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getLong(1));
				}
			}
			return values;
		}
	}

}
