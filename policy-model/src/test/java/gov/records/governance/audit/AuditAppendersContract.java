package gov.records.governance.audit;

import static gov.records.governance.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.access.AccessService;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.MerkleHashing;
import gov.records.governance.evidence.merkle.MerkleLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two appenders that share nothing but the database, as two console processes behind a
 * load balancer do (issue 13, item 3; DD038): each has its own in-memory lock, head and
 * tree edge. Appending at once, they must still form one unbroken chain and one tree over
 * every event, with no sequence number used twice; in callers' transactions (DD038) and
 * by group commits outside any (DD064).
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
		assertOneChainAndTree();
	}

	/**
	 * Group commit (DD064): appends outside any transaction from two appenders at once,
	 * four callers on each; every caller's answer is its own stored event.
	 */
	@Test
	void groupCommitsFromTwoAppendersKeepOneChainAndAnswerEachCallerItsOwnEvent() throws Exception {
		AuditService second = new AuditService(this.jdbc, this.access, this.origin, Clock.systemUTC(),
				new AuditTileStore(this.jdbc));
		long before = count();
		String run = Long.toString(System.nanoTime(), 36);
		int calls = 60;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<AuditRecord> answers = new ArrayList<>();
		try {
			List<Future<List<AuditRecord>>> runs = new ArrayList<>();
			for (int c = 0; c < 8; c++) {
				AuditService appender = (c % 2 == 0) ? this.first : second;
				int caller = c;
				runs.add(pool.submit(() -> {
					start.await();
					List<AuditRecord> mine = new ArrayList<>();
					for (int i = 0; i < calls; i++) {
						mine.add(appender.recordFor("grouped", null,
								AuditEntry.of("login.succeeded", "user", caller).withReason(reason(run, caller, i))));
					}
					return mine;
				}));
			}
			start.countDown();
			for (Future<List<AuditRecord>> r : runs) {
				answers.addAll(r.get(3, TimeUnit.MINUTES));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count()).isEqualTo(before + 8 * calls);
		Set<Long> seqs = new HashSet<>();
		for (AuditRecord answer : answers) {
			assertThat(seqs.add(answer.seq())).as("sequence number %d answered twice", answer.seq()).isTrue();
			assertThat(storedReasonAndHash(answer.seq())).isEqualTo(answer.reason() + " " + answer.hash());
		}
		assertOneChainAndTree();
	}

	/**
	 * Callers queued while the database's lock is held elsewhere are committed by one
	 * transaction, and each is answered with its own sequence number.
	 */
	@Test
	void callersQueuedBehindTheLockShareOneCommit() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		long head = lastSeq();
		long commits = this.first.groupCommits();
		List<Future<AuditRecord>> calls = behindTheLock(5,
				(caller) -> AuditEntry.of("login.succeeded", "user", caller).withReason(reason(run, caller, 0)));
		Set<Long> seqs = new HashSet<>();
		for (int caller = 0; caller < calls.size(); caller++) {
			AuditRecord answer = calls.get(caller).get(1, TimeUnit.MINUTES);
			assertThat(answer.reason()).isEqualTo(reason(run, caller, 0));
			assertThat(storedReasonAndHash(answer.seq())).isEqualTo(answer.reason() + " " + answer.hash());
			seqs.add(answer.seq());
		}
		assertThat(seqs).containsExactlyInAnyOrder(head + 1, head + 2, head + 3, head + 4, head + 5);
		assertThat(this.first.groupCommits()).isEqualTo(commits + 1);
		assertOneChainAndTree();
	}

	/**
	 * One event the database refuses (a target longer than its column) fails the whole
	 * batch: every caller in it hears the failure and nothing of it is stored; the next
	 * append chains on the last stored event.
	 */
	@Test
	void aFailingGroupCommitFailsEveryCallerAndWritesNothing() throws Exception {
		long before = count();
		long head = lastSeq();
		long commits = this.first.groupCommits();
		Integer tilesBefore = this.jdbc.queryForObject("select count(*) from audit_tile", Integer.class);
		List<Future<AuditRecord>> calls = behindTheLock(5,
				(caller) -> AuditEntry.of("login.failed", "user", (caller == 2) ? "x".repeat(101) : "u" + caller));
		for (Future<AuditRecord> call : calls) {
			assertThatThrownBy(() -> call.get(1, TimeUnit.MINUTES)).isInstanceOf(ExecutionException.class)
				.cause()
				.isInstanceOf(DataAccessException.class);
		}
		assertThat(count()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_tile", Integer.class)).isEqualTo(tilesBefore);
		assertThat(this.first.groupCommits()).isEqualTo(commits);
		AuditRecord next = this.first.recordFor("grouped", null, AuditEntry.of("login.succeeded", "user", "after"));
		assertThat(next.seq()).isEqualTo(head + 1);
		assertOneChainAndTree();
	}

	/**
	 * Starts {@code callers} appends on the Spring appender outside any transaction while
	 * another transaction holds the database's append lock, and releases it once all are
	 * queued: one group commit then takes them all.
	 */
	private List<Future<AuditRecord>> behindTheLock(int callers, java.util.function.IntFunction<AuditEntry> entries)
			throws Exception {
		TransactionTemplate holder = new TransactionTemplate(
				new DataSourceTransactionManager(this.jdbc.getDataSource()));
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers + 1);
		try {
			Future<?> holding = pool.submit(() -> holder.executeWithoutResult((status) -> {
				this.jdbc.queryForObject("select id from audit_append_lock where id = 1 for update", Integer.class);
				held.countDown();
				try {
					release.await(1, TimeUnit.MINUTES);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(held.await(1, TimeUnit.MINUTES)).isTrue();
			List<Future<AuditRecord>> calls = new ArrayList<>();
			for (int c = 0; c < callers; c++) {
				AuditEntry entry = entries.apply(c);
				calls.add(pool.submit(() -> this.first.recordFor("grouped", null, entry)));
				// queued in this order, so that caller c is event head + c + 1
				long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
				while (this.first.waitingCount() < c + 1 && System.nanoTime() < deadline) {
					Thread.sleep(5);
				}
			}
			assertThat(this.first.waitingCount()).isEqualTo(callers);
			release.countDown();
			holding.get(1, TimeUnit.MINUTES);
			for (Future<AuditRecord> call : calls) {
				try {
					call.get(1, TimeUnit.MINUTES);
				}
				catch (ExecutionException ex) {
					// the caller looks at each answer
				}
			}
			return calls;
		}
		finally {
			release.countDown();
			pool.shutdown();
		}
	}

	private static String reason(String run, int caller, int i) {
		return "grouped " + run + " " + caller + "." + i;
	}

	private String storedReasonAndHash(long seq) {
		return this.jdbc.queryForObject("select reason || ' ' || hash from audit_event where seq = ?", String.class,
				seq);
	}

	private void assertOneChainAndTree() {
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

	private long lastSeq() {
		Long seq = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		return (seq != null) ? seq : 0;
	}

	private long count() {
		Long n = this.jdbc.queryForObject("select count(*) from audit_event", Long.class);
		return (n != null) ? n : 0;
	}

}
