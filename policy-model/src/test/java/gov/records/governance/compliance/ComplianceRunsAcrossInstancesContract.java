package gov.records.governance.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.ModelFixture;
import gov.records.governance.audit.AuditService;
import gov.records.governance.capstone.Reconciliation;
import gov.records.governance.groups.GroupService;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two compliance services that share nothing but the database, as two console processes
 * do (issue 13, item 3; DD049): each has its own in-process lock. Running at once they
 * must not open one finding twice, and of two scheduled runs asked for at once only one
 * runs. The race needs real commits, so each database gets a schema of its own.
 */
@Import(ModelFixture.class)
abstract class ComplianceRunsAcrossInstancesContract {

	private static final int GROUPS = 60;

	private static final int ROUNDS = 6;

	@Autowired
	ModelFixture fixture;

	@Autowired
	ComplianceService first;

	@Autowired
	ComplianceEngine engine;

	@Autowired
	FindingStore findings;

	@Autowired
	GroupService groups;

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	TransactionTemplate tx;

	private ComplianceService second;

	@BeforeEach
	void twoInstances() {
		this.second = new ComplianceService(this.engine, this.findings, this.groups, this.jdbc, this.audit,
				Clock.systemUTC(), this.reconciliation);
		Long existing = this.jdbc.queryForObject("select count(*) from messaging_group", Long.class);
		if (existing != null && existing >= GROUPS) {
			return;
		}
		String unique = UUID.randomUUID().toString().substring(0, 8);
		long department = this.fixture.organization(null, "RUNS-" + unique, OrganizationKind.DEPARTMENT);
		long wickr = this.fixture.platform("Wickr " + unique, PlatformKind.WICKR);
		this.jdbc.update("insert into capture_health (platform_id, last_report_at, received, saved, failed, bot_active)"
				+ " values (?, ?, 10, 10, 0, true)", wickr, Timestamp.from(Instant.now()));
		for (int i = 0; i < GROUPS; i++) {
			// auto-deleting and unscheduled: a critical finding each
			this.fixture.group(wickr, department, "Short timer " + i,
					ModelFixture.autoDelete(Duration.ofDays(1), false));
		}
	}

	@Test
	void twoInstancesRunningAtOnceNeverOpenOneFindingTwice() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				this.jdbc.update("delete from finding");
				CountDownLatch start = new CountDownLatch(1);
				List<Future<RunSummary>> runs = new ArrayList<>();
				for (ComplianceService instance : List.of(this.first, this.second)) {
					runs.add(pool.submit(inTransaction(start, () -> instance.evaluateAll("race"))));
				}
				start.countDown();
				for (Future<RunSummary> run : runs) {
					run.get(2, TimeUnit.MINUTES);
				}
				assertThat(duplicates()).as("open findings held twice after round %d", round).isZero();
				assertThat(open()).as("open findings after round %d", round).isGreaterThanOrEqualTo(GROUPS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void ofTwoScheduledRunsAskedForAtOnceOnlyOneRuns() throws Exception {
		String trigger = "scheduled " + UUID.randomUUID().toString().substring(0, 8);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Optional<RunSummary>>> runs = new ArrayList<>();
			for (ComplianceService instance : List.of(this.first, this.second)) {
				runs.add(pool.submit(
						inTransaction(start, () -> instance.evaluateAllUnlessRecent(trigger, Duration.ofHours(1)))));
			}
			start.countDown();
			int ran = 0;
			for (Future<Optional<RunSummary>> run : runs) {
				ran += run.get(2, TimeUnit.MINUTES).isPresent() ? 1 : 0;
			}
			assertThat(ran).isEqualTo(1);
			assertThat(this.jdbc.queryForObject("select count(*) from compliance_run where trigger_kind = ?",
					Long.class, trigger))
				.isEqualTo(1);
			assertThat(this.second.evaluateAllUnlessRecent(trigger, Duration.ZERO)).as("due again after the wait")
				.isPresent();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private <T> Callable<T> inTransaction(CountDownLatch start, Callable<T> work) {
		return () -> {
			start.await();
			return this.tx.execute((status) -> {
				try {
					return work.call();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		};
	}

	private long duplicates() {
		Long n = this.jdbc.queryForObject("""
				select count(*) from (select rule_id, subject_type, subject_id from finding where resolved_at is null
				                      group by rule_id, subject_type, subject_id having count(*) > 1) d
				""", Long.class);
		return (n != null) ? n : 0;
	}

	private long open() {
		Long n = this.jdbc.queryForObject("select count(*) from finding where resolved_at is null", Long.class);
		return (n != null) ? n : 0;
	}

}
