package gov.records.governance.audit;

import static gov.records.governance.Users.as;
import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.access.AccessService;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.MerkleHashing;
import gov.records.governance.evidence.merkle.MerkleLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two appenders that share nothing but the database, as two console processes behind a
 * load balancer do (issue 13, item 3; DD038): each has its own in-memory lock, head and
 * tree edge. Appending at once, they must still form one unbroken chain and one tree over
 * every event, with no sequence number used twice.
 */
abstract class AuditAppendersContract {

	private static final int TRANSACTIONS_PER_APPENDER = 150;

	/** One event per transaction, and three in every tenth. */
	private static final int EVENTS_PER_APPENDER = TRANSACTIONS_PER_APPENDER + 2 * (TRANSACTIONS_PER_APPENDER / 10);

	@Autowired
	AuditService first;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccessService access;

	@Autowired
	ObjectProvider<AuditOrigin> origin;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void twoAppendersOnOneDatabaseKeepOneChainAndOneTree() throws Exception {
		AuditService second = new AuditService(this.jdbc, this.access, this.origin, Clock.systemUTC(),
				new AuditTileStore(this.jdbc));
		long before = count();
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (AuditService appender : List.of(this.first, second, this.first, second)) {
				runs.add(pool.submit(appending(appender, tx, start)));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				assertThat(run.get(3, TimeUnit.MINUTES)).isEqualTo(EVENTS_PER_APPENDER);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count()).isEqualTo(before + 4 * EVENTS_PER_APPENDER);
		ChainVerifier verifier = new ChainVerifier();
		List<Hash> leaves = new ArrayList<>();
		this.jdbc.query("""
				select seq, occurred_at, actor, actor_role, org_scope, action, target_type, target_id,
				       before_state, after_state, reason, client_address, prev_hash, hash
				from audit_event order by seq
				""", (rs) -> {
			AuditRecord event = new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
					rs.getString(14));
			verifier.accept(event);
			leaves.add(MerkleHashing.leafHash(HexFormat.of().parseHex(event.hash())));
		});
		ChainVerification verification = verifier.result();
		assertThat(verification.ok()).as(verification.summary()).isTrue();
		AuditTileStore tiles = new AuditTileStore(this.jdbc);
		assertThat(tiles.treeSize()).isEqualTo(leaves.size());
		assertThat(new MerkleLog(tiles).root()).isEqualTo(AuditLogContract.rfcRoot(leaves));
	}

	private Callable<Integer> appending(AuditService appender, TransactionTemplate tx, CountDownLatch start) {
		return () -> {
			start.await();
			int n = 0;
			for (int i = 0; i < TRANSACTIONS_PER_APPENDER; i++) {
				int event = i;
				int events = (i % 10 == 0) ? 3 : 1;
				tx.executeWithoutResult((status) -> as("admin", () -> {
					for (int k = 0; k < events; k++) {
						appender.record(AuditEntry.of("settings.changed", "group", event)
							.withAfter(Map.of("autoDelete", true))
							.withReason("concurrent " + event + "." + k));
					}
					return null;
				}, "PLATFORM_ADMIN"));
				n += events;
			}
			return n;
		};
	}

	private long count() {
		Long n = this.jdbc.queryForObject("select count(*) from audit_event", Long.class);
		return (n != null) ? n : 0;
	}

}
