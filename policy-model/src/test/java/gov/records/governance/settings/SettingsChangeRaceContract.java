package gov.records.governance.settings;

import static gov.records.governance.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.ModelFixture;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.PolicyVersionWriter;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.shared.StaleEditException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two administrators save the same group at the same moment, each in a transaction of its
 * own, both against the version they read: the first holds the group's row, the second
 * gets past the version check (the first has not committed) and waits on the row lock;
 * once the first commits, the second gets the clear conflict message and exactly one new
 * policy version exists. The race needs real commits, so nothing here is rolled back:
 * each database gets a schema of its own.
 */
@Import(ModelFixture.class)
abstract class SettingsChangeRaceContract {

	@Autowired
	ModelFixture fixture;

	@Autowired
	SettingsChangeService changes;

	@Autowired
	PolicyVersionWriter writer;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	/** Whether some session is waiting for a lock another one holds right now. */
	abstract boolean aSessionWaitsForALock();

	@Test
	void ofTwoTransactionsRacingOnOneGroupExactlyOneWinsAndTheOtherGetsAConflict() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		long department = this.fixture.organization(null, "RACE-" + unique, OrganizationKind.DEPARTMENT);
		long platform = this.fixture.platform("Wickr " + unique, PlatformKind.WICKR);
		long group = this.fixture.group(platform, department, "Contested " + unique, shredder(0));
		String alice = "alice-" + unique;
		String bob = "bob-" + unique;
		this.fixture.bind(alice, department);
		this.fixture.bind(bob, department);
		long base = this.writer.currentVersion(group);
		long versions = count("select count(*) from deletion_policy_version where group_id = ?", group);

		CountDownLatch firstHoldsTheRow = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);
		ExecutorService editors = Executors.newFixedThreadPool(2);
		try {
			Future<ChangeOutcome> first = editors.submit(() -> as(alice, () -> this.tx.execute((status) -> {
				ChangeOutcome outcome = this.changes.submit(new SettingsChange(group, base, shredder(60), "First"));
				firstHoldsTheRow.countDown();
				await(commitFirst);
				return outcome;
			}), SettingsChangeContract.ADMIN));
			assertThat(firstHoldsTheRow.await(30, TimeUnit.SECONDS)).isTrue();
			Future<ChangeOutcome> second = editors.submit(
					() -> as(bob, () -> this.changes.submit(new SettingsChange(group, base, shredder(100), "Second")),
							SettingsChangeContract.ADMIN));
			boolean raced = waitUntil(this::aSessionWaitsForALock, Duration.ofSeconds(10));
			commitFirst.countDown();
			assertThat(raced).as("the second editor waited on the first one's row lock").isTrue();

			assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(ChangeStatus.APPLIED);
			assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.cause()
				.isInstanceOf(StaleEditException.class)
				.hasMessageContaining("was changed by someone else since you opened it");
		}
		finally {
			commitFirst.countDown();
			editors.shutdownNow();
		}
		assertThat(count("select count(*) from deletion_policy_version where group_id = ?", group))
			.isEqualTo(versions + 1);
		assertThat(count("select count(*) from deletion_policy_version where group_id = ? and valid_to is null", group))
			.isOne();
		assertThat(
				count("select shredder_intensity from deletion_policy_version where group_id = ? and valid_to is null",
						group))
			.isEqualTo(60);
		assertThat(this.writer.currentVersion(group)).isEqualTo(base + 1);
		assertThat(count("select count(*) from outbox where group_id = ?", group)).isOne();
		assertThat(count("select count(*) from audit_event where action = 'settings.changed' and target_id = ?",
				String.valueOf(group)))
			.isOne();
	}

	/** Wickr's longest lifetime, captured (Wickr cannot keep messages forever, DD043). */
	private static DeletionSettings shredder(int intensity) {
		return new DeletionSettings(true, Duration.ofDays(365), null, intensity, true);
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("never told to commit");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static boolean waitUntil(java.util.function.BooleanSupplier condition, Duration timeout)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(5);
		}
		return false;
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return (n != null) ? n : 0;
	}

}
