package gov.records.governance.bench;

import gov.records.governance.compliance.ComplianceService;
import gov.records.governance.compliance.RunSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The compliance engine on the whole data set: a full evaluation (every group and
 * account, findings brought up to date), beside a raw baseline that only reads the same
 * rows it needs over plain JDBC; and the re-evaluation of one group after a change, as
 * the change listeners do it: before every timed run the group's current settings row is
 * flipped (auto-delete on for a day without capture, then off again), so each
 * re-evaluation really opens or resolves a finding; the flip itself is not timed, and the
 * group's settings are restored afterwards.
 */
@Component
@Profile("bench")
class ComplianceBenchmark implements Benchmark {

	private static final int FULL_RUNS = 5;

	private static final int GROUP_RUNS = 201;

	/** The rows a full run needs, read the way the engine reads them (DD009). */
	private static final List<String> RAW_READS = List.of("""
			select g.id, g.name, g.organization_id, g.platform_id, v.auto_delete, v.max_lifetime_seconds,
			       v.burn_on_read_seconds, v.shredder_intensity, v.capture_enabled, v.reason
			from messaging_group g join deletion_policy_version v on v.group_id = g.id and v.valid_to is null""",
			"select id, role_category from account",
			"select id, display_name from account where role_category like 'CAPSTONE%'",
			"select group_id, account_id from group_membership",
			"select id, rule_id, subject_type, subject_id, summary, evidence from finding where resolved_at is null");

	private final ComplianceService compliance;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	ComplianceBenchmark(ComplianceService compliance, DataSource dataSource, JdbcTemplate jdbc) {
		this.compliance = compliance;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		RunSummary first = this.compliance.evaluateAll("benchmark (first run)");
		double[] full = Timer.paired(FULL_RUNS, () -> this.compliance.evaluateAll("benchmark"), this::rawReads);
		long group = flippingGroup();
		Settings original = settings(group);
		AtomicInteger step = new AtomicInteger();
		AtomicInteger runs = new AtomicInteger();
		AtomicInteger changed = new AtomicInteger();
		double[] one;
		try {
			one = Timer.pairedAfter(GROUP_RUNS, () -> flip(group, step.getAndIncrement() % 2 == 0), () -> {
				RunSummary run = this.compliance.evaluateGroups(Set.of(group), "benchmark");
				runs.incrementAndGet();
				changed.addAndGet((run.findingsOpened() + run.findingsResolved() > 0) ? 1 : 0);
			}, () -> rawReads(group));
		}
		finally {
			restore(group, original);
		}
		List<BenchResult> results = new ArrayList<>();
		results.add(
				new BenchResult("Compliance",
						"First full evaluation (" + first.groupsEvaluated() + " groups, " + first.findingsOpened()
								+ " findings opened)",
						first.took().toMillis(), "ms", null, null, "informational", true));
		results.add(new BenchResult("Compliance", "Full re-evaluation of every group and account, findings kept",
				full[0], "ms (median of " + FULL_RUNS + ")", full[1], "reading the same rows over plain JDBC",
				"< 2,000 ms", full[0] < 2_000));
		results.add(new BenchResult("Compliance",
				"Re-evaluation of one group after a change to its settings (every run opened or resolved a finding: "
						+ (changed.get() == runs.get()) + ")",
				one[0], "ms (median of " + GROUP_RUNS + ")", one[1], "reading that group's rows over plain JDBC",
				"< 20 ms median", one[0] < 20));
		return results;
	}

	/**
	 * The first group (by id, among the first hundred) whose findings change when its
	 * auto-delete is switched on without capture and off again.
	 */
	private long flippingGroup() {
		List<Long> candidates = this.jdbc
			.queryForList("select g.id from messaging_group g order by g.id fetch first 100 rows only", Long.class);
		for (long group : candidates) {
			Settings original = settings(group);
			flip(group, true);
			boolean opens = this.compliance.evaluateGroups(Set.of(group), "benchmark setup").findingsOpened() > 0;
			flip(group, false);
			boolean resolves = this.compliance.evaluateGroups(Set.of(group), "benchmark setup").findingsResolved() > 0;
			restore(group, original);
			if (opens && resolves) {
				return group;
			}
		}
		throw new IllegalStateException("No group among the first 100 changes its findings when auto-delete flips");
	}

	/**
	 * Switches the group's current settings to auto-delete after a day without capture,
	 * or off.
	 */
	private void flip(long group, boolean autoDelete) {
		this.jdbc.update(
				"update deletion_policy_version set auto_delete = ?, max_lifetime_seconds = ?,"
						+ " capture_enabled = false where group_id = ? and valid_to is null",
				autoDelete, autoDelete ? 86_400L : null, group);
	}

	private Settings settings(long group) {
		return this.jdbc.queryForObject(
				"select auto_delete, max_lifetime_seconds, capture_enabled from deletion_policy_version"
						+ " where group_id = ? and valid_to is null",
				(rs, n) -> new Settings(rs.getBoolean(1), (Long) rs.getObject(2, Long.class), rs.getBoolean(3)), group);
	}

	private void restore(long group, Settings original) {
		this.jdbc.update(
				"update deletion_policy_version set auto_delete = ?, max_lifetime_seconds = ?,"
						+ " capture_enabled = ? where group_id = ? and valid_to is null",
				original.autoDelete(), original.maxLifetimeSeconds(), original.captureEnabled(), group);
		this.compliance.evaluateGroups(Set.of(group), "benchmark restored");
	}

	/** A group's current settings as stored, to put them back. */
	private record Settings(boolean autoDelete, @Nullable Long maxLifetimeSeconds, boolean captureEnabled) {
	}

	private void rawReads() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			for (String sql : RAW_READS) {
				drain(connection, sql, null);
			}
		}
	}

	private void rawReads(long group) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			drain(connection, RAW_READS.get(0) + " where g.id = ?", group);
			drain(connection,
					"select m.group_id, a.id, a.role_category, a.display_name from group_membership m join account a"
							+ " on a.id = m.account_id where m.group_id = ?",
					group);
			drain(connection, "select id, rule_id, subject_type, subject_id, summary, evidence from finding"
					+ " where resolved_at is null and group_id = ?", group);
		}
	}

	private static void drain(Connection connection, String sql, Long parameter) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setLong(1, parameter);
			}
			RawReads.drain(statement);
		}
	}

}
