package gov.records.governance.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import gov.records.governance.Users;
import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.backends.CaptureReportService;
import gov.records.governance.backends.LiveGroupState;
import gov.records.governance.backends.PlatformHealth;
import gov.records.governance.backends.SyncStatus;
import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.PlatformControls;
import gov.records.governance.outbox.OutboxWorker;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.simulator.BackendSimulator;
import gov.records.governance.simulator.Fault;
import gov.records.governance.shared.ValidationException;
import java.time.Duration;
import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Status sync over real HTTP against the simulator, on every database: live settings,
 * counts and capture stored; drift found and remediated; every fault, wrong credentials
 * and an unknown network leave the last good state untouched and say what went wrong; the
 * circuit breaker and the database lock keep a failing or busy platform alone.
 */
@Import({ SyncTestData.class, TestConnectorOptions.class })
abstract class SyncContract {

	static final DeletionSettings THIRTY_DAYS = new DeletionSettings(true, Duration.ofDays(30), Duration.ofHours(1), 20,
			true);

	static final DeletionSettings YEAR = new DeletionSettings(true, Duration.ofDays(365), null, 0, true);

	static final DeletionSettings WEEK = new DeletionSettings(true, Duration.ofDays(7), null, 0, false);

	@Autowired
	SyncTestData fixture;

	@Autowired
	PlatformSyncService sync;

	@Autowired
	BackendStatusService status;

	@Autowired
	PlatformConnections connections;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CaptureReportService captureReports;

	@Autowired
	PlatformService platforms;

	@Autowired
	OutboxWorker worker;

	BackendSimulator simulator;

	String user;

	long organization;

	long wickr;

	long mattermost;

	long matrix;

	long ops;

	long legal;

	long team;

	long room;

	@BeforeEach
	void seed() {
		String u = this.fixture.unique();
		this.user = "admin-" + u;
		this.organization = this.fixture.organization("ORG-" + u);
		this.fixture.bind(this.user, this.organization);
		this.wickr = this.fixture.platform("Wickr " + u, PlatformKind.WICKR, "12345678", "SIMWICKR");
		this.mattermost = this.fixture.platform("Mattermost " + u, PlatformKind.MATTERMOST, "chat", "SIMMM");
		this.matrix = this.fixture.platform("Matrix " + u, PlatformKind.MATRIX, "matrix.example.gov", "SIMMX");
		this.ops = this.fixture.group(this.wickr, this.organization, "sg-1", "Ops", THIRTY_DAYS);
		this.legal = this.fixture.group(this.wickr, this.organization, "sg-2", "Legal", YEAR);
		this.team = this.fixture.group(this.mattermost, this.organization, "team:ops", "Ops team", WEEK);
		this.room = this.fixture.group(this.matrix, this.organization, "!r1:matrix.example.gov", "Field", WEEK);
		this.simulator = BackendSimulator.builder()
			.group(PlatformKind.WICKR, "sg-1", "Ops", THIRTY_DAYS, new AccountCounts(5, 1, 1))
			.group(PlatformKind.WICKR, "sg-2", "Legal", YEAR, new AccountCounts(3, 0, 0))
			.group(PlatformKind.WICKR, "sg-9", "Not governed here", WEEK, new AccountCounts(2, 0, 0))
			.group(PlatformKind.MATTERMOST, "team:ops", "Ops team",
					PlatformControls.pushed(PlatformKind.MATTERMOST, WEEK), new AccountCounts(4, 0, 1))
			.group(PlatformKind.MATRIX, "!r1:matrix.example.gov", "Field",
					PlatformControls.pushed(PlatformKind.MATRIX, WEEK), new AccountCounts(6, 0, 0))
			.build()
			.start();
		this.connections.override(this.wickr, this.simulator.connectionSettings(PlatformKind.WICKR));
		this.connections.override(this.mattermost, this.simulator.connectionSettings(PlatformKind.MATTERMOST));
		this.connections.override(this.matrix, this.simulator.connectionSettings(PlatformKind.MATRIX));
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void aSyncStoresLiveSettingsCountsAndCaptureAndChangesNothingWhenRepeated() {
		SyncOutcome first = sync(this.wickr);
		assertThat(first.status()).as(first.message()).isEqualTo(SyncOutcome.Status.SYNCED);
		assertThat(first.result().seen()).isEqualTo(3);
		assertThat(first.result().inserted()).isEqualTo(3);
		assertThat(first.result().unmatched()).isEqualTo(1);
		LiveGroupState ops = live(this.ops);
		assertThat(ops.inStep()).isTrue();
		assertThat(ops.live()).isEqualTo(THIRTY_DAYS);
		assertThat(ops.activeAccounts()).isEqualTo(5);
		PlatformHealth health = health(this.wickr);
		assertThat(health.status()).isEqualTo(SyncStatus.OK);
		assertThat(health.groupsSeen()).isEqualTo(3);
		assertThat(health.groupsUnmatched()).isEqualTo(1);
		assertThat(health.accountsActive()).isEqualTo(10);
		assertThat(health.accountsPending()).isEqualTo(1);
		assertThat(health.captureSupported()).isTrue();
		assertThat(health.captureEnabled()).isTrue();
		assertThat(health.facts()).containsEntry("accessLevel", "PREMIUM");

		Object since = this.jdbc.queryForObject("select observed_at from live_group_state where group_id = ?",
				Object.class, this.ops);
		SyncOutcome again = sync(this.wickr);
		assertThat(again.result().inserted() + again.result().updated() + again.result().removed()).isZero();
		assertThat(again.result().changedGroupIds()).isEmpty();
		assertThat(this.jdbc.queryForObject("select observed_at from live_group_state where group_id = ?", Object.class,
				this.ops))
			.isEqualTo(since);
	}

	@Test
	void mattermostAndMatrixSyncTheirLifetimesAndCounts() {
		assertThat(sync(this.mattermost).status()).isEqualTo(SyncOutcome.Status.SYNCED);
		assertThat(sync(this.matrix).status()).isEqualTo(SyncOutcome.Status.SYNCED);
		assertThat(live(this.team).inStep()).isTrue();
		assertThat(live(this.team).live().maxLifetime()).isEqualTo(Duration.ofDays(7));
		assertThat(live(this.room).inStep()).isTrue();
		assertThat(health(this.mattermost).accountsSuspended()).isEqualTo(1);
		assertThat(health(this.matrix).captureSupported()).isFalse();
	}

	@Test
	void driftOpensAHighFindingWithBothValuesAndResolvesWhenTheBackendIsBackInStep() {
		sync(this.wickr);
		this.simulator.changeDirectly(PlatformKind.WICKR, "sg-1",
				new DeletionSettings(true, Duration.ofDays(1), Duration.ofHours(1), 20, true));
		SyncOutcome drifted = sync(this.wickr);
		assertThat(drifted.result().updated()).isEqualTo(1);
		assertThat(drifted.result().changedGroupIds()).containsExactly(this.ops);
		assertThat(live(this.ops).differences()).singleElement()
			.hasToString("Message lifetime: governed 30 days, live 1 day");
		List<Map<String, Object>> findings = openDrift(this.ops);
		assertThat(findings).hasSize(1);
		assertThat(findings.get(0).get("SEVERITY").toString()).isEqualTo("HIGH");
		assertThat(findings.get(0).get("SUMMARY").toString()).contains("governed 30 days, live 1 day");
		assertThat(findings.get(0).get("EVIDENCE").toString()).contains("\"live\"").contains("\"governed\"");
		assertThat(health(this.wickr).openDrift()).isEqualTo(1);
		// detected drift is an audit event, once per drift however often it is synced
		assertThat(audited("drift.detected", this.ops)).isEqualTo(1);
		sync(this.wickr);
		assertThat(audited("drift.detected", this.ops)).isEqualTo(1);

		this.simulator.changeDirectly(PlatformKind.WICKR, "sg-1", THIRTY_DAYS);
		sync(this.wickr);
		assertThat(openDrift(this.ops)).isEmpty();
	}

	@Test
	void automaticRemediationPushesTheGovernedSettingsBackOnceAndAuditsIt() {
		sync(this.wickr);
		Users.run(this.user, () -> this.platforms.setAutoRemediate(this.wickr, true, "backends must match the console"),
				"PLATFORM_ADMIN");
		DeletionSettings oneDay = new DeletionSettings(true, Duration.ofDays(1), Duration.ofHours(1), 20, true);
		this.simulator.changeDirectly(PlatformKind.WICKR, "sg-1", oneDay);
		sync(this.wickr);
		// the drift is on record before anything is pushed back
		assertThat(this.jdbc.queryForObject(
				"select count(*) from finding where rule_id = 'SETTINGS_DRIFT'" + " and group_id = ?", Integer.class,
				this.ops))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from outbox where group_id = ? and status = 'PENDING'",
				Integer.class, this.ops))
			.isEqualTo(1);
		assertThat(audited("settings.drift.remediation-queued", this.ops)).isEqualTo(1);
		assertThat(audited("platform.auto-remediate.changed", this.wickr, "platform")).isEqualTo(1);

		// a second sync before the push queues nothing more
		sync(this.wickr);
		assertThat(this.jdbc.queryForObject("select count(*) from outbox where group_id = ?", Integer.class, this.ops))
			.isEqualTo(1);

		this.worker.drain();
		assertThat(this.simulator.liveSettings(PlatformKind.WICKR, "sg-1")).contains(THIRTY_DAYS);
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-1")).isEqualTo(1);
		assertThat(live(this.ops).inStep()).isTrue();
		assertThat(openDrift(this.ops)).isEmpty();
		assertThat(audited("settings.pushed", this.ops)).isEqualTo(1);
		sync(this.wickr);
		assertThat(openDrift(this.ops)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Fault.class,
			names = { "SERVER_ERROR", "THROTTLE", "MALFORMED_JSON", "DROP_CONNECTION", "OVERSIZED_BODY", "HTML_PAGE" })
	void everyFaultLeavesTheLastGoodStateAndIsReportedClearly(Fault fault) {
		sync(this.wickr);
		List<Map<String, Object>> before = liveRows(this.wickr);
		PlatformHealth good = health(this.wickr);

		this.simulator.faults().rate(fault, 1.0);
		SyncOutcome failed = sync(this.wickr);
		assertThat(failed.status()).isEqualTo(SyncOutcome.Status.FAILED);
		assertThat(failed.message()).isNotBlank().doesNotContain("simulator-secret-access-key");
		assertThat(liveRows(this.wickr)).isEqualTo(before);
		PlatformHealth degraded = health(this.wickr);
		assertThat(degraded.lastSuccessAt()).isEqualTo(good.lastSuccessAt());
		assertThat(degraded.consecutiveFailures()).isEqualTo(1);
		assertThat(degraded.lastError()).isEqualTo(failed.message());
		// shown to users as it is: words, no class name from the HTTP client (issue 12
		// item 9)
		assertThat(degraded.lastError())
			.doesNotContainPattern("\\b(java|javax|org|tools|com)\\.[a-z]|\\b[A-Z][A-Za-z0-9]*Exception\\b|`");
		if (fault == Fault.DROP_CONNECTION) {
			assertThat(degraded.lastError()).contains("closed the connection without answering");
		}
		if (fault == Fault.MALFORMED_JSON) {
			assertThat(degraded.lastError()).contains("the answer is not valid JSON (at line");
		}
		assertThat(degraded.status()).isEqualTo(SyncStatus.DEGRADED);

		this.simulator.faults().clear();
		assertThat(sync(this.wickr).status()).isEqualTo(SyncOutcome.Status.SYNCED);
		assertThat(health(this.wickr).consecutiveFailures()).isZero();
	}

	@Test
	void aBackendSlowerThanTheTimeOutIsATimeOutNotAHang() {
		sync(this.wickr);
		this.simulator.faults().latency(Duration.ofMillis(2_300));
		SyncOutcome failed = sync(this.wickr);
		assertThat(failed.status()).isEqualTo(SyncOutcome.Status.FAILED);
		assertThat(failed.message()).contains("no answer within");
		assertThat(health(this.wickr).groupsSeen()).isEqualTo(3);
	}

	@Test
	void wrongCredentialsMissingCredentialsAndAnUnknownNetworkAreClearPlatformErrors() {
		long wrongKey = this.fixture.platform("Wickr with a wrong secret " + this.fixture.unique(), PlatformKind.WICKR,
				"12345678", "ENVWICKR");
		this.jdbc.update("update platform set base_url = ? where id = ?", this.simulator.baseUri().toString(),
				wrongKey);
		SyncOutcome refused = sync(wrongKey);
		assertThat(refused.status()).isEqualTo(SyncOutcome.Status.FAILED);
		assertThat(refused.message()).contains("403").doesNotContain("not-the-secret");
		assertThat(this.simulator.counters().snapshot().refusedCredentials()).isPositive();

		long unnamed = this.fixture.platform("Wickr without credentials " + this.fixture.unique(), PlatformKind.WICKR,
				"12345678", "NOSUCHREF");
		assertThat(sync(unnamed).message()).contains("no credentials configured")
			.contains("NOSUCHREF_ACCESS_KEY_ID")
			.contains("NOSUCHREF_SECRET_ACCESS_KEY");

		long unknown = this.fixture.platform("Wickr elsewhere " + this.fixture.unique(), PlatformKind.WICKR, "99999999",
				"SIMWICKR");
		ConnectionSettings real = this.simulator.connectionSettings(PlatformKind.WICKR);
		this.connections.override(unknown, new ConnectionSettings(PlatformKind.WICKR, real.baseUrl(), "99999999",
				real.region(), real.credentials()));
		SyncOutcome notFound = sync(unknown);
		assertThat(notFound.status()).isEqualTo(SyncOutcome.Status.FAILED);
		assertThat(notFound.message()).contains("404");
		assertThat(health(unknown).status()).isEqualTo(SyncStatus.NEVER);
	}

	@Test
	void theCircuitOpensAfterRepeatedFailuresAndClosesAfterItsWait() throws Exception {
		this.simulator.faults().rate(Fault.SERVER_ERROR, 1.0);
		for (int i = 0; i < 3; i++) {
			assertThat(sync(this.wickr).status()).isEqualTo(SyncOutcome.Status.FAILED);
		}
		long requests = this.simulator.counters().snapshot().requests();
		SyncOutcome skipped = sync(this.wickr);
		assertThat(skipped.status()).isEqualTo(SyncOutcome.Status.SKIPPED);
		assertThat(skipped.message()).contains("circuit").contains("open");
		assertThat(this.simulator.counters().snapshot().requests()).isEqualTo(requests);

		this.simulator.faults().clear();
		Thread.sleep(1_200);
		assertThat(sync(this.wickr).status()).isEqualTo(SyncOutcome.Status.SYNCED);
	}

	@Test
	void aScheduledSyncLeavesAPlatformThatAnotherInstanceJustSynced() {
		assertThat(this.sync.sync(this.fixture.summary(this.wickr), "scheduled", true).status())
			.isEqualTo(SyncOutcome.Status.SYNCED);
		SyncOutcome again = this.sync.sync(this.fixture.summary(this.wickr), "scheduled", true);
		assertThat(again.status()).isEqualTo(SyncOutcome.Status.SKIPPED);
		assertThat(again.message()).contains("synced by another instance");
		// "Sync now" does not wait for the interval
		assertThat(sync(this.wickr).status()).isEqualTo(SyncOutcome.Status.SYNCED);
	}

	@Test
	void onlyOneInstanceSyncsAPlatformAtATime() throws Exception {
		this.simulator.faults().latency(Duration.ofMillis(400));
		CompletableFuture<SyncOutcome> first = CompletableFuture.supplyAsync(() -> sync(this.wickr));
		waitForLock("sync-platform-" + this.wickr);
		assertThat(sync(this.wickr).status()).isEqualTo(SyncOutcome.Status.SKIPPED);
		DefaultLockingTaskExecutor otherInstance = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(this.jdbc).usingDbTime().build()));
		LockingAttempt attempt = new LockingAttempt();
		otherInstance.executeWithLock((Runnable) attempt, new LockConfiguration(java.time.Instant.now(),
				"sync-platform-" + this.wickr, Duration.ofMinutes(1), Duration.ZERO));
		assertThat(attempt.ran).isFalse();
		assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(SyncOutcome.Status.SYNCED);
	}

	/**
	 * Issue 12, item 14: while the backend's pages come in slowly no database connection
	 * is held, so no transaction (and no lock) is open across the HTTP paging; the
	 * writing happens after the last page.
	 */
	@Test
	void noDatabaseConnectionIsHeldWhileTheBackendIsRead() throws Exception {
		HikariPoolMXBean pool = this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		this.simulator.faults().latency(Duration.ofMillis(300));
		long requests = this.simulator.counters().snapshot().requests();
		CompletableFuture<SyncOutcome> running = CompletableFuture.supplyAsync(() -> sync(this.wickr));
		int samples = 0;
		int heldWhileReading = 0;
		long seen = requests;
		while (!running.isDone()) {
			long now = this.simulator.counters().snapshot().requests();
			if (now > seen) {
				// a request arrived and sleeps 300 ms before it is answered: sample
				// mid-way
				seen = now;
				Thread.sleep(100);
				samples++;
				heldWhileReading = Math.max(heldWhileReading, pool.getActiveConnections());
			}
			Thread.sleep(5);
		}
		this.simulator.faults().latency(Duration.ZERO);
		assertThat(running.get().status()).isEqualTo(SyncOutcome.Status.SYNCED);
		assertThat(samples).as("samples taken while the backend was being read").isPositive();
		assertThat(heldWhileReading).as("connections held while the backend was read").isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from live_group_state where platform_id = ?", Long.class,
				this.wickr))
			.isPositive();
	}

	@Test
	void captureOffInTheBackendIsAFindingOnTheGroupsThatNeedIt() {
		long platform = this.fixture.platform("Wickr without its bot " + this.fixture.unique(), PlatformKind.WICKR,
				"12345678", "SIMWICKR");
		long group = this.fixture.group(platform, this.organization, "sg-1", "Ops", THIRTY_DAYS);
		try (BackendSimulator botDown = BackendSimulator.builder()
			.wickrCapture(true, true, false, true, true, true)
			.group(PlatformKind.WICKR, "sg-1", "Ops", THIRTY_DAYS, new AccountCounts(1, 0, 0))
			.build()
			.start()) {
			this.connections.override(platform, botDown.connectionSettings(PlatformKind.WICKR));
			SyncOutcome outcome = sync(platform);
			assertThat(outcome.result().captureChanged()).isTrue();
			PlatformHealth health = health(platform);
			assertThat(health.captureEnabled()).isFalse();
			assertThat(health.captureDetail()).contains("isBotActive=false");
			String summary = this.jdbc.queryForObject("select summary from finding where rule_id = 'CAPTURE_STALE'"
					+ " and group_id = ? and resolved_at is null", String.class, group);
			assertThat(summary).contains("off in the backend").contains("isBotActive=false");
		}
	}

	@Test
	void captureBotReportsAreValidatedStoredAndAudited() {
		Users.run("capture-bot", () -> this.captureReports.report(this.wickr, 120, 118, 2), "CAPTURE_BOT");
		assertThat(this.jdbc.queryForObject("select failed from capture_health where platform_id = ?", Long.class,
				this.wickr))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'capture.reported' and target_id = ?", Integer.class,
				String.valueOf(this.wickr)))
			.isEqualTo(1);
		for (long[] bad : new long[][] { { 10, 9, 2 }, { -1, 0, 0 }, { 10, -1, 0 }, { 2_000_000_000_000L, 0, 0 } }) {
			assertThatThrownBy(() -> Users.run("capture-bot",
					() -> this.captureReports.report(this.wickr, bad[0], bad[1], bad[2]), "CAPTURE_BOT"))
				.isInstanceOf(ValidationException.class);
		}
		long unsanctioned = this.fixture.platform("WhatsApp " + this.fixture.unique(), PlatformKind.OTHER, "wa", "X");
		this.jdbc.update("update platform set sanctioned = false where id = ?", unsanctioned);
		assertThatThrownBy(
				() -> Users.run("capture-bot", () -> this.captureReports.report(unsanctioned, 1, 1, 0), "CAPTURE_BOT"))
			.hasMessageContaining("not sanctioned");
		assertThatThrownBy(
				() -> Users.run(this.user, () -> this.captureReports.report(this.wickr, 1, 1, 0), "PLATFORM_ADMIN"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc.queryForObject("select received from capture_health where platform_id = ?", Long.class,
				this.wickr))
			.isEqualTo(120);
	}

	int audited(String action, long target) {
		return audited(action, target, "group");
	}

	int audited(String action, long target, String type) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from audit_event where action = ? and target_type = ? and target_id = ?",
				Integer.class, action, type, String.valueOf(target));
		return (count == null) ? 0 : count;
	}

	SyncOutcome sync(long platform) {
		return this.sync.sync(this.fixture.summary(platform), "test");
	}

	LiveGroupState live(long group) {
		return Users.as(this.user, () -> this.status.liveState(group), "CIO").orElseThrow();
	}

	PlatformHealth health(long platform) {
		return this.status.platformsForJobs()
			.stream()
			.filter((h) -> h.platform().id() == platform)
			.findFirst()
			.orElseThrow();
	}

	List<Map<String, Object>> openDrift(long group) {
		return this.jdbc
			.queryForList("select severity, summary, evidence from finding where rule_id = 'SETTINGS_DRIFT'"
					+ " and group_id = ? and resolved_at is null", group)
			.stream()
			.map(SyncTestData::upper)
			.toList();
	}

	List<Map<String, Object>> liveRows(long platform) {
		return this.jdbc.queryForList("select * from live_group_state where platform_id = ? order by external_id",
				platform);
	}

	void waitForLock(String name) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			Integer held = this.jdbc.queryForObject(
					"select count(*) from shedlock where name = ? and lock_until > current_timestamp", Integer.class,
					name);
			if (held != null && held > 0) {
				return;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("The sync never took its lock");
	}

	/** Records whether the other instance got to run. */
	static final class LockingAttempt implements Runnable {

		volatile boolean ran;

		@Override
		public void run() {
			this.ran = true;
		}

	}

}
