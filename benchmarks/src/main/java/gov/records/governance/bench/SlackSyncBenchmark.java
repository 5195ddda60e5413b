package gov.records.governance.bench;

import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.backends.PlatformHealth;
import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.GroupStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.simulator.BackendSimulator;
import gov.records.governance.sync.PlatformConnections;
import gov.records.governance.sync.PlatformSyncService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A full sync of a large Slack Enterprise Grid org over HTTP into the database (issue
 * 18): the built-in simulator serves 25,000 conversations through Slack's admin Web API
 * ({@code admin.conversations.search} at Slack's most, 20 a page;
 * {@code admin.conversations.getCustomRetention} for each, since the search carries no
 * retention; {@code admin.users.list} for the org's 25,000 users), and the console's sync
 * reads them and stores every conversation's live retention, starting from an empty table
 * each run. The raw baseline inserts the same 25,000 rows with a plain JDBC batch in the
 * same run, as {@link SyncBenchmark} does for Wickr.
 */
@Component
@Profile("bench")
class SlackSyncBenchmark implements Benchmark {

	static final int CONVERSATIONS = 25_000;

	private static final int RUNS = 5;

	/**
	 * Full syncs before the timed ones: one sync sends some 26,500 requests, so the JIT
	 * has compiled the request path well within them.
	 */
	private static final int WARMUP_RUNS = 3;

	private static final String ORG = "E0BENCHMARK";

	private static final String TOKEN = "xoxp-benchmark-org-admin";

	private final PlatformSyncService sync;

	private final PlatformConnections connections;

	private final PlatformService platforms;

	private final BackendStatusService status;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	SlackSyncBenchmark(PlatformSyncService sync, PlatformConnections connections, PlatformService platforms,
			BackendStatusService status, JdbcTemplate jdbc, DataSource dataSource) {
		this.sync = sync;
		this.connections = connections;
		this.platforms = platforms;
		this.status = status;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		long platform = platform("Benchmark Slack grid", "SLACK");
		long baselinePlatform = platform("Benchmark Slack raw JDBC baseline", "SLACK");
		try (BackendSimulator simulator = grid().start()) {
			this.connections.override(platform, simulator.connectionSettings(PlatformKind.SLACK));
			PlatformSummary summary = this.platforms.all()
				.stream()
				.filter((p) -> p.id() == platform)
				.findFirst()
				.orElseThrow();
			List<GroupStatus> rows = new ArrayList<>(CONVERSATIONS);
			this.connections.open(summary).streamStatus(rows::add);
			long before = simulator.counters().snapshot().requests();
			SyncBenchmark.check(this.sync.sync(summary, "benchmark"));
			long requests = simulator.counters().snapshot().requests() - before;
			double[] full = Timer.pairedEachAfter(RUNS, WARMUP_RUNS,
					() -> SyncBenchmark.clear(this.dataSource, platform, baselinePlatform),
					() -> SyncBenchmark.check(this.sync.sync(summary, "benchmark")),
					() -> SyncBenchmark.rawInsert(this.dataSource, baselinePlatform, rows));
			PlatformHealth health = this.status.platformsForJobs()
				.stream()
				.filter((h) -> h.platform().id() == platform)
				.findFirst()
				.orElseThrow();
			double perSecond = CONVERSATIONS / (full[0] / 1000.0);
			double ratio = full[0] / full[1];
			return List.of(new BenchResult("Sync",
					"Full sync of a Slack grid over HTTP into the database (" + Math.round(perSecond)
							+ " conversation records/s; " + health.groupsSeen() + " conversations, " + users(health)
							+ " users, " + requests + " requests)",
					full[0], "ms (median of " + RUNS + ")", full[1], "a plain JDBC batch insert of the same rows",
					"≥ 20,000 conversation records/s and within 2x of raw JDBC", perSecond >= 20_000 && ratio <= 2));
		}
		finally {
			this.jdbc.update("delete from live_group_state where platform_id in (?, ?)", platform, baselinePlatform);
			this.jdbc.update("delete from platform_sync where platform_id in (?, ?)", platform, baselinePlatform);
			this.jdbc.update("delete from platform where id in (?, ?)", platform, baselinePlatform);
		}
	}

	/**
	 * 25,000 conversations, a third following the org default (keep), the rest with a
	 * custom retention of 1 day to 7 years; one member each.
	 */
	private static BackendSimulator grid() {
		BackendSimulator.Builder builder = BackendSimulator.builder().slackOrg(ORG, TOKEN, -1);
		int[] days = { 1, 30, 90, 365, 2555 };
		for (int i = 0; i < CONVERSATIONS; i++) {
			DeletionSettings settings = (i % 3 == 0) ? new DeletionSettings(false, null, null, 0, false)
					: new DeletionSettings(true, Duration.ofDays(days[i % days.length]), null, 0, false);
			builder.group(PlatformKind.SLACK, String.format("C%08d", i), "bench-channel-" + i, settings,
					new AccountCounts(1, 0, 0));
		}
		return builder.build();
	}

	private static long users(PlatformHealth health) {
		return Objects.requireNonNullElse(health.accountsActive(), 0L)
				+ Objects.requireNonNullElse(health.accountsPending(), 0L)
				+ Objects.requireNonNullElse(health.accountsSuspended(), 0L);
	}

	private long platform(String name, String kind) {
		this.jdbc.update(
				"""
						insert into platform (name, kind, sanctioned, base_url, external_id, credential_ref, sync_interval_seconds,
						                      description, default_retention_days)
						values (?, ?, true, 'http://127.0.0.1:9', ?, 'BENCH', 3600, 'Created and removed by the benchmark', -1)
						""",
				name, kind, ORG);
		return Objects
			.requireNonNull(this.jdbc.queryForObject("select id from platform where name = ?", Long.class, name));
	}

}
