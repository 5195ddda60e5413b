package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.access.AccessService;
import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group commit's leader takes its connection before the append lock (DD077). Before, it
 * took the lock and then waited for a connection, while an append inside a transaction,
 * holding the last free connection, waited for the lock: both waited until the pool's
 * time-out and the group commit failed. Here the pool has two connections, the test holds
 * one, a transaction holds the other and appends while a sign-in's event (outside any
 * transaction) is being group-committed: both events are written.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:audit-group-pool;DB_CLOSE_DELAY=-1",
		"spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=3000" })
class AuditGroupCommitPoolH2Test {

	@Autowired
	AuditService audit;

	@Autowired
	AccessService access;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aGroupCommitAndAnAppendInATransactionDoNotDeadlockThePool() throws Exception {
		// the sign-in's grant is read before the pool is taken (it is cached)
		this.access.grantOf("signing-in");
		long before = events();
		CountDownLatch holding = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try (Connection taken = this.dataSource.getConnection()) {
			Future<?> inTransaction = threads
				.submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
					this.jdbc.queryForObject("select 1", Integer.class);
					holding.countDown();
					pause(400);
					this.audit.record(AuditEntry.of("test.in-transaction", "test", "1"));
				}));
			assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
			Future<AuditRecord> signIn = threads.submit(() -> this.audit.recordFor("signing-in", null,
					AuditEntry.of("test.sign-in", "user", "signing-in")));
			inTransaction.get(20, TimeUnit.SECONDS);
			assertThat(signIn.get(20, TimeUnit.SECONDS).action()).isEqualTo("test.sign-in");
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(events() - before).isEqualTo(2);
	}

	private long events() {
		return this.jdbc.queryForObject("select count(*) from audit_event", Long.class);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
