package gov.records.governance.bench;

import gov.records.governance.backends.PlatformHealth;
import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.backends.LiveGroup;
import gov.records.governance.backends.SyncStore;
import gov.records.governance.backends.SyncedPlatform;
import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.GroupStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.simulator.BackendSimulator;
import gov.records.governance.sync.PlatformConnections;
import gov.records.governance.sync.PlatformSyncService;
import gov.records.governance.sync.SyncOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A full sync of a large Wickr network over HTTP into the database: the built-in
 * simulator serves 25,000 security groups and 250,000 users (paged 100 at a time,
 * SigV4-signed), and the console's sync reads them and stores every group's live
 * settings, starting from an empty table each run. The raw baseline inserts the same
 * 25,000 rows with a plain JDBC batch in the same run. Also measured: a re-sync in which
 * nothing changed.
 */
@Component
@Profile("bench")
class SyncBenchmark implements Benchmark {

	static final int GROUPS = 25_000;

	static final int USERS_PER_GROUP = 10;

	private static final int RUNS = 9;

	/**
	 * Full syncs (each with its raw insert) before the timed ones: a sync runs through
	 * the HTTP client, the simulator, Jackson, Spring and H2, and the JIT was measured
	 * still compiling that code (a fifth of the CPU time) after the five seconds every
	 * benchmark warms up for, which is three such pairs here.
	 */
	private static final int WARMUP_RUNS = 15;

	private static final long WARMUP_REQUESTS = 15_000;

	private static final String NETWORK = "87654321";

	private final PlatformSyncService sync;

	private final PlatformConnections connections;

	private final PlatformService platforms;

	private final BackendStatusService status;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final SyncStore store;

	SyncBenchmark(PlatformSyncService sync, PlatformConnections connections, PlatformService platforms,
			BackendStatusService status, JdbcTemplate jdbc, DataSource dataSource, SyncStore store) {
		this.store = store;
		this.sync = sync;
		this.connections = connections;
		this.platforms = platforms;
		this.status = status;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		long platform = platform("Benchmark Wickr network");
		long baselinePlatform = platform("Benchmark raw JDBC baseline");
		try (BackendSimulator simulator = network().start()) {
			this.connections.override(platform, simulator.connectionSettings(PlatformKind.WICKR));
			PlatformSummary summary = this.platforms.all()
				.stream()
				.filter((p) -> p.id() == platform)
				.findFirst()
				.orElseThrow();
			List<GroupStatus> rows = new ArrayList<>(GROUPS);
			this.connections.open(summary).streamStatus(rows::add);
			check(this.sync.sync(summary, "benchmark"));
			warmRequestPath(simulator, summary);
			double resync = Timer.medianMillis(RUNS, () -> check(this.sync.sync(summary, "benchmark")));
			double[] full = Timer.pairedEachAfter(RUNS, WARMUP_RUNS, () -> clear(platform, baselinePlatform),
					() -> check(this.sync.sync(summary, "benchmark")), () -> rawInsert(baselinePlatform, rows));
			PlatformHealth health = this.status.platformsForJobs()
				.stream()
				.filter((h) -> h.platform().id() == platform)
				.findFirst()
				.orElseThrow();
			List<LiveGroup> live = rows.stream()
				.map((g) -> new LiveGroup(g.externalId(), g.name(), g.settings(), g.accounts().active(), null, null,
						g.modified()))
				.toList();
			SyncedPlatform facts = new SyncedPlatform("Benchmark network", Map.of(), null, null, null, true, true,
					"on");
			double[] store = Timer.pairedAfter(RUNS, () -> clear(platform, baselinePlatform),
					() -> this.store.sync(platform, (sink) -> {
						live.forEach(sink);
						return facts;
					}), () -> rawInsert(baselinePlatform, rows));

			double perSecond = GROUPS / (full[0] / 1000.0);
			double ratio = full[0] / full[1];
			List<BenchResult> results = new ArrayList<>();
			results.add(new BenchResult("Sync",
					"Full sync of a Wickr network over HTTP into the database (" + Math.round(perSecond)
							+ " group records/s; " + health.groupsSeen() + " groups, "
							+ (health.accountsActive() + health.accountsPending()) + " users)",
					full[0], "ms (median of " + RUNS + ")", full[1], "a plain JDBC batch insert of the same rows",
					"≥ 20,000 group records/s and within 2x of raw JDBC", perSecond >= 20_000 && ratio <= 2));
			results.add(new BenchResult("Sync",
					"Storing those 25,000 group records alone (the sync's writer, rows already read)", store[0],
					"ms (median of " + RUNS + ")", store[1], "a plain JDBC batch insert of the same rows",
					"within 2x of raw JDBC", store[0] / store[1] <= 2));
			results.add(new BenchResult("Sync", "Re-sync of the same network with nothing changed (no writes)", resync,
					"ms (median of " + RUNS + ")", null, null, "informational", true));
			return results;
		}
		finally {
			this.jdbc.update("delete from live_group_state where platform_id in (?, ?)", platform, baselinePlatform);
			this.jdbc.update("delete from platform_sync where platform_id in (?, ?)", platform, baselinePlatform);
			this.jdbc.update("delete from platform where id in (?, ?)", platform, baselinePlatform);
		}
	}

	/**
	 * 25,000 security groups with varied settings, 10 users each (9 active, 1 pending).
	 */
	private static BackendSimulator network() {
		BackendSimulator.Builder builder = BackendSimulator.builder().wickrNetwork(NETWORK, "Benchmark network", true);
		int[] days = { 1, 7, 30, 90, 180, 365 };
		int[] shredder = { 0, 20, 60, 100 };
		for (int i = 0; i < GROUPS; i++) {
			DeletionSettings settings = new DeletionSettings(true, Duration.ofDays(days[i % days.length]),
					(i % 3 == 0) ? Duration.ofHours(1) : null, shredder[i % shredder.length], true);
			builder.group(PlatformKind.WICKR, String.format("bench-sg-%05d", i), "Benchmark group " + i, settings,
					new AccountCounts(USERS_PER_GROUP - 1, 1, 0));
		}
		return builder.build();
	}

	/**
	 * Re-syncs the stored network (reads only: nothing changed) until the simulator has
	 * answered {@value #WARMUP_REQUESTS} requests. The code that serves and sends one
	 * request (the simulator's handler and SigV4 check, the client's exchange) runs 254
	 * times a sync, so it reaches the JIT's optimizing compiler only after some 40 syncs;
	 * measured without this, that compiler was still spending a second at a time on it
	 * during the timed runs, a console that syncs every few minutes is long past that.
	 */
	private void warmRequestPath(BackendSimulator simulator, PlatformSummary summary) {
		long start = simulator.counters().snapshot().requests();
		while (simulator.counters().snapshot().requests() - start < WARMUP_REQUESTS) {
			check(this.sync.sync(summary, "benchmark"));
		}
	}

	private long platform(String name) {
		this.jdbc.update(
				"""
						insert into platform (name, kind, sanctioned, base_url, external_id, credential_ref, sync_interval_seconds,
						                      description) values (?, 'WICKR', true, 'http://127.0.0.1:9', ?, 'BENCH', 3600,
						                      'Created and removed by the benchmark')
						""",
				name, NETWORK);
		Long id = this.jdbc.queryForObject("select id from platform where name = ?", Long.class, name);
		return java.util.Objects.requireNonNull(id);
	}

	/**
	 * Empties both platforms' rows and, on H2, writes everything to disk first, so no
	 * timed run shares the cores with H2's background writer still busy with the last
	 * one.
	 */
	private void clear(long platform, long baseline) throws Exception {
		clear(this.dataSource, platform, baseline);
	}

	/**
	 * Empties both platforms' live rows and, on H2, writes everything to disk first: the
	 * set-up of every timed sync run.
	 */
	static void clear(DataSource dataSource, long platform, long baseline) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			try (PreparedStatement delete = connection
				.prepareStatement("delete from live_group_state where platform_id in (?, ?)")) {
				delete.setLong(1, platform);
				delete.setLong(2, baseline);
				delete.executeUpdate();
			}
			if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
				connection.createStatement().execute("CHECKPOINT");
			}
		}
	}

	/** The outcome of a benchmark's sync, which must have succeeded. */
	static SyncOutcome check(SyncOutcome outcome) {
		if (outcome.status() != SyncOutcome.Status.SYNCED) {
			throw new IllegalStateException("The benchmark sync did not succeed: " + outcome.message());
		}
		return outcome;
	}

	private void rawInsert(long platform, List<GroupStatus> rows) throws Exception {
		rawInsert(this.dataSource, platform, rows);
	}

	/**
	 * The same rows, inserted with a plain JDBC batch in one transaction: the raw
	 * baseline of every sync benchmark.
	 */
	static void rawInsert(DataSource dataSource, long platform, List<GroupStatus> rows) throws Exception {
		Timestamp now = Timestamp.from(Instant.now());
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement ps = connection.prepareStatement(
					"""
							insert into live_group_state (group_id, name, auto_delete, max_lifetime_seconds, burn_on_read_seconds,
							    shredder_intensity, capture_enabled, accounts_active, accounts_pending, accounts_suspended,
							    backend_modified_at, observed_at, platform_id, external_id)
							values (null, ?, ?, ?, ?, ?, ?, ?, null, null, ?, ?, ?, ?)
							""")) {
				int n = 0;
				for (GroupStatus row : rows) {
					DeletionSettings s = row.settings();
					ps.setString(1, row.name());
					ps.setBoolean(2, s.autoDelete());
					if (s.maxLifetime() != null) {
						ps.setLong(3, s.maxLifetime().toSeconds());
					}
					else {
						ps.setNull(3, Types.BIGINT);
					}
					if (s.burnOnRead() != null) {
						ps.setLong(4, s.burnOnRead().toSeconds());
					}
					else {
						ps.setNull(4, Types.BIGINT);
					}
					ps.setInt(5, s.shredderIntensity());
					ps.setBoolean(6, s.captureEnabled());
					ps.setLong(7, row.accounts().active());
					if (row.modified() != null) {
						ps.setTimestamp(8, Timestamp.from(row.modified()));
					}
					else {
						// Slack's search carries no modification time
						ps.setNull(8, Types.TIMESTAMP);
					}
					ps.setTimestamp(9, now);
					ps.setLong(10, platform);
					ps.setString(11, row.externalId());
					ps.addBatch();
					if (++n % 1000 == 0) {
						ps.executeBatch();
					}
				}
				ps.executeBatch();
			}
			connection.commit();
		}
	}

}
