package gov.records.governance.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.PolicyVersionWriter;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.simulator.BackendSimulator;
import gov.records.governance.simulator.Fault;
import gov.records.governance.simulator.FaultSwitches;
import gov.records.governance.sync.PlatformConnections;
import gov.records.governance.sync.SyncTestData;
import gov.records.governance.sync.TestConnectorOptions;
import org.springframework.context.annotation.Import;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import gov.records.governance.Users;
import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.backends.LiveGroupState;
import gov.records.governance.groups.PlatformControls.Difference;
import gov.records.governance.sync.PlatformSyncService;
import gov.records.governance.sync.LockLease;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox worker over real HTTP against the simulator, on every database: a change
 * saved before a crash is pushed later, exactly once; a lost answer is retried with the
 * same token and applied once; a setting the platform refuses fails at once, visibly and
 * audited; every outcome is recorded.
 */
@Import({ SyncTestData.class, TestConnectorOptions.class })
abstract class OutboxContract {

	static final DeletionSettings THIRTY_DAYS = new DeletionSettings(true, Duration.ofDays(30), null, 0, true);

	static final DeletionSettings WEEK = new DeletionSettings(true, Duration.ofDays(7), null, 0, true);

	static final DeletionSettings THIRTY_DAYS_UNCAPTURED = new DeletionSettings(true, Duration.ofDays(30), null, 0,
			false);

	@Autowired
	SyncTestData data;

	@Autowired
	OutboxWorker worker;

	@Autowired
	PlatformConnections connections;

	@Autowired
	PolicyVersionWriter versions;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformSyncService sync;

	@Autowired
	LockingTaskExecutor locks;

	@Autowired
	BackendStatusService status;

	BackendSimulator simulator;

	long org;

	long wickr;

	long mattermost;

	long ops;

	long team;

	@BeforeEach
	void seed() {
		String u = this.data.unique();
		long org = this.data.organization("OUT-" + u);
		this.org = org;
		this.wickr = this.data.platform("Wickr " + u, PlatformKind.WICKR, "12345678", "SIMWICKR");
		this.mattermost = this.data.platform("Mattermost " + u, PlatformKind.MATTERMOST, "chat", "SIMMM");
		this.ops = this.data.group(this.wickr, org, "sg-1", "Ops", THIRTY_DAYS);
		this.team = this.data.group(this.mattermost, org, "team:ops", "Ops team",
				new DeletionSettings(true, Duration.ofDays(30), null, 0, false));
		this.simulator = BackendSimulator.builder()
			.group(PlatformKind.WICKR, "sg-1", "Ops", THIRTY_DAYS, new AccountCounts(2, 0, 0))
			.group(PlatformKind.MATTERMOST, "team:ops", "Ops team",
					new DeletionSettings(true, Duration.ofDays(30), null, 0, false), new AccountCounts(2, 0, 0))
			.build()
			.start();
		this.connections.override(this.wickr, this.simulator.connectionSettings(PlatformKind.WICKR));
		this.connections.override(this.mattermost, this.simulator.connectionSettings(PlatformKind.MATTERMOST));
		// earlier tests' rows are not this test's business
		this.jdbc.update("update outbox set status = 'FAILED' where status = 'PENDING'");
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void aChangeSavedBeforeACrashIsPushedLaterExactlyOnce() {
		long outbox = change(this.ops, WEEK);
		// the console "crashed" before its worker ran: nothing has reached the backend
		assertThat(this.simulator.liveSettings(PlatformKind.WICKR, "sg-1")).contains(THIRTY_DAYS);
		assertThat(status(outbox)).isEqualTo("PENDING");

		assertThat(this.worker.drain()).isEqualTo(1);
		assertThat(status(outbox)).isEqualTo("APPLIED");
		assertThat(this.simulator.liveSettings(PlatformKind.WICKR, "sg-1")).contains(WEEK);
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-1")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select max_lifetime_seconds from live_group_state where group_id = ?",
				Long.class, this.ops))
			.isEqualTo(Duration.ofDays(7).toSeconds());
		assertThat(audited("settings.pushed", this.ops)).isEqualTo(1);

		assertThat(this.worker.drain()).isZero();
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-1")).isEqualTo(1);
	}

	/**
	 * An idle console's outbox tick only reads: taking the lock is two commits, and the
	 * embedded database's file grows by every commit until its next compaction (DD070).
	 */
	@Test
	void anIdleTickTakesNoLockAndWritesNothing() {
		// (the row is never deleted: ShedLock remembers it inserted it and only updates)
		String lockRow = "select name, locked_at, lock_until, locked_by from shedlock where name = 'outbox'";
		List<Map<String, Object>> before = this.jdbc.queryForList(lockRow);
		this.worker.onSchedule();
		assertThat(this.jdbc.queryForList(lockRow)).isEqualTo(before);

		long outbox = change(this.ops, WEEK);
		this.worker.onSchedule();
		assertThat(status(outbox)).isEqualTo("APPLIED");
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-1")).isEqualTo(1);
	}

	/**
	 * What SIGKILL during a push leaves behind is the lock row as it is while the push is
	 * under way: its lease must be short, or a restarted console waits for it to run out
	 * before it pushes anything (the crash suite once waited more than 90 s: the lock was
	 * held for 5 minutes).
	 */
	@Test
	void aWorkerKilledDuringAPushLeavesItsLockForOneLeaseOnly() throws Exception {
		change(this.ops, WEEK);
		this.simulator.faults().latency(Duration.ofMillis(1000));
		Thread pass = Thread.ofPlatform().start(this.worker::drain);
		try {
			Long leased = null;
			long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (leased == null && System.nanoTime() < until) {
				leased = this.jdbc
					.query("select locked_at, lock_until from shedlock where name = 'outbox'",
							(rs, n) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())
								.toSeconds())
					.stream()
					.filter((seconds) -> seconds > 0)
					.findFirst()
					.orElse(null);
				Thread.sleep(20);
			}
			assertThat(leased).as("the outbox lock is held during the push").isNotNull();
			assertThat(leased).as("seconds a killed worker's lock stays held").isLessThanOrEqualTo(30);
		}
		finally {
			pass.join();
			this.simulator.faults().latency(Duration.ZERO);
		}
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-1")).isEqualTo(1);
	}

	/**
	 * The short lease does not cut a long pass short: a holder that runs past half its
	 * lease has it renewed, so another instance cannot take the lock while it runs.
	 */
	@Test
	void aLockHeldLongerThanHalfItsLeaseIsRenewed() throws Throwable {
		String name = "lease-renewal-" + this.data.unique();
		LockingTaskExecutor.TaskResult<Long> held = this.locks.executeWithLock(() -> {
			Thread.sleep(LockLease.LEASE.toMillis() / 2 + 1500);
			return this.jdbc
				.queryForObject("select lock_until from shedlock where name = ?",
						(rs, n) -> rs.getTimestamp(1).toInstant(), name)
				.getEpochSecond()
					- this.jdbc
						.queryForObject("select locked_at from shedlock where name = ?",
								(rs, n) -> rs.getTimestamp(1).toInstant(), name)
						.getEpochSecond();
		}, new LockConfiguration(Instant.now(), name, LockLease.LEASE, Duration.ZERO));
		assertThat(held.wasExecuted()).isTrue();
		assertThat(held.getResult()).as("seconds from locking to the lease's end, after a renewal")
			.isGreaterThan(LockLease.LEASE.toSeconds() + 5);
	}

	@Test
	void aLostAnswerIsRetriedWithTheSameTokenAndAppliedOnce() throws Exception {
		long outbox = change(this.ops, WEEK);
		// the write's answer is lost (the write itself goes through): the connector
		// reads the group before resending (DD007), finds the write landed and sends
		// nothing more, whether or not the service honours X-Client-Token
		this.simulator.faults().inject(Fault.LOSE_RESPONSE, 1, FaultSwitches.Scope.WRITES);
		assertThat(this.worker.drain()).isEqualTo(1);
		assertThat(status(outbox)).isEqualTo("APPLIED");
		assertThat(this.simulator.liveSettings(PlatformKind.WICKR, "sg-1")).contains(WEEK);
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-1")).isEqualTo(1);

		// a pass whose every write fails stays pending and the next pass applies it once
		long again = change(this.ops, new DeletionSettings(true, Duration.ofDays(2), null, 0, true));
		this.simulator.faults().inject(Fault.DROP_CONNECTION, 3, FaultSwitches.Scope.WRITES);
		assertThat(this.worker.drain()).isEqualTo(1);
		assertThat(status(again)).isEqualTo("PENDING");
		Thread.sleep(20);
		assertThat(this.worker.drain()).isEqualTo(1);
		assertThat(status(again)).isEqualTo("APPLIED");
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-1")).isEqualTo(2);
	}

	@Test
	void aSettingThePlatformCannotHoldFailsAtOnceVisiblyAndAudited() {
		long outbox = change(this.team, new DeletionSettings(true, Duration.ofHours(36), null, 0, false));
		this.worker.drain();
		Map<String, Object> row = SyncTestData
			.upper(this.jdbc.queryForMap("select status, attempts, last_error from outbox where id = ?", outbox));
		assertThat(row.get("STATUS")).isEqualTo("FAILED");
		assertThat(((Number) row.get("ATTEMPTS")).intValue()).isEqualTo(1);
		assertThat(String.valueOf(row.get("LAST_ERROR"))).contains("whole days");
		assertThat(this.simulator.counters().writesApplied()).isZero();
		assertThat(audited("settings.push.failed", this.team)).isEqualTo(1);
	}

	@Test
	void aPushThatFailedForGoodIsListedAmongTheGroupsDifferences() {
		String viewer = "cio-" + this.data.unique();
		this.data.bind(viewer, this.org);
		assertThat(this.sync.sync(this.data.summary(this.mattermost), "test").status())
			.isEqualTo(gov.records.governance.sync.SyncOutcome.Status.SYNCED);
		long outbox = change(this.team, new DeletionSettings(true, Duration.ofHours(36), null, 0, false));
		this.worker.drain();
		assertThat(status(outbox)).isEqualTo("FAILED");
		LiveGroupState live = Users.as(viewer, () -> this.status.liveState(this.team), "CIO").orElseThrow();
		assertThat(live.inStep()).isFalse();
		assertThat(live.differences()).extracting(Difference::field).contains("push");
		assertThat(live.differences().stream().map(Difference::toString)).anySatisfy((
				d) -> assertThat(d).startsWith("Push to the backend").contains("never applied").contains("whole days"));

		// once the version in force reaches the backend, the push is no longer a
		// difference
		long next = change(this.team, THIRTY_DAYS_UNCAPTURED);
		this.worker.drain();
		assertThat(status(next)).isEqualTo("APPLIED");
		assertThat(Users.as(viewer, () -> this.status.liveState(this.team), "CIO").orElseThrow().differences())
			.extracting(Difference::field)
			.doesNotContain("push");
	}

	@Test
	void anUnreachableBackendIsRetriedWaitsOutAnOpenCircuitAndFailsWhenAttemptsRunOut() throws Exception {
		long outbox = change(this.ops, WEEK);
		this.simulator.faults().rate(Fault.SERVER_ERROR, 1.0);
		for (int pass = 0; pass < 3; pass++) {
			assertThat(this.worker.drain()).isEqualTo(1);
			Thread.sleep(20);
		}
		assertThat(attempts(outbox)).isEqualTo(3);
		// three failures in a row open the platform's circuit: the push waits, its
		// attempts unused
		assertThat(this.worker.drain()).isZero();
		assertThat(attempts(outbox)).isEqualTo(3);
		assertThat(status(outbox)).isEqualTo("PENDING");

		Thread.sleep(1_200);
		assertThat(this.worker.drain()).isEqualTo(1);
		assertThat(status(outbox)).isEqualTo("FAILED");
		assertThat(attempts(outbox)).isEqualTo(4);
		assertThat(this.simulator.liveSettings(PlatformKind.WICKR, "sg-1")).contains(THIRTY_DAYS);
		assertThat(audited("settings.push.failed", this.ops)).isEqualTo(1);
	}

	int attempts(long outbox) {
		Integer attempts = this.jdbc.queryForObject("select attempts from outbox where id = ?", Integer.class, outbox);
		return (attempts == null) ? 0 : attempts;
	}

	/**
	 * What the settings service does: a new policy version and its outbox row, in one
	 * transaction.
	 */
	long change(long group, DeletionSettings settings) {
		Instant now = Instant.now();
		return this.transactions.execute((tx) -> {
			long version = this.versions.append(group, this.versions.currentVersion(group), settings, now, "admin",
					"test change", null);
			this.jdbc.update("""
					insert into outbox (group_id, policy_version_id, idempotency_token, status, attempts,
					                    next_attempt_at, created_at) values (?, ?, ?, 'PENDING', 0, ?, ?)
					""", group, version, UUID.randomUUID().toString(), Timestamp.from(now), Timestamp.from(now));
			return this.jdbc.queryForObject("select max(id) from outbox where group_id = ?", Long.class, group);
		});
	}

	String status(long outbox) {
		return this.jdbc.queryForObject("select status from outbox where id = ?", String.class, outbox);
	}

	int audited(String action, long group) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from audit_event where action = ? and target_type = 'group' and target_id = ?",
				Integer.class, action, String.valueOf(group));
		return (count == null) ? 0 : count;
	}

}
