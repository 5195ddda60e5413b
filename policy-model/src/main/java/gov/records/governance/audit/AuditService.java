package gov.records.governance.audit;

import gov.records.governance.durability.DurabilityBarrier;

import gov.records.governance.access.AccessService;
import gov.records.governance.access.ScopeGrant;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.MerkleHashing;
import gov.records.governance.evidence.merkle.MerkleLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events to the hash-chained audit log. An append joins the caller's transaction,
 * so an event is stored exactly when the change it describes is. Appends are serialised
 * within this process by a lock and across every process sharing the database by a row
 * lock on {@code audit_append_lock}, taken by a transaction's first append and held until
 * it ends (DD038). Under that lock the head of the chain is read from the database; the
 * cached head and tree edge are kept only while no other process appended, and dropped
 * whenever a transaction that appended rolls back.
 * <p>
 * An append made outside any transaction (sign-ins, refused sign-ins) is a group commit
 * (DD064): the callers waiting for the lock are taken together, chained and inserted in
 * one transaction of this service's own, and each is answered once that transaction is on
 * disk (on PostgreSQL the lock is given up at the commit and the wait for the disk comes
 * after it, so the other instances' batches overlap it).
 */
@Service
public class AuditService {

	private final JdbcTemplate jdbc;

	private final AccessService access;

	/** The origin bean, looked up once (each lookup searches the bean factory). */
	private final SingletonSupplier<AuditOrigin> origin;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	/** Hashes each new event; used only under the append lock. */
	private final ChainHasher hasher = new ChainHasher();

	private final ReentrantLock appends = new ReentrantLock();

	/**
	 * Events this instance wrote (for the console's metrics; rolled-back ones included).
	 */
	private final LongAdder appended = new LongAdder();

	/** The most events one group commit takes. */
	static final int MAX_BATCH = 500;

	/** Appends outside a transaction waiting for a group commit (DD064). */
	private final ConcurrentLinkedQueue<AuditWaiter> waiting = new ConcurrentLinkedQueue<>();

	/** Group commits that committed (for tests). */
	private final LongAdder batches = new LongAdder();

	/** The group commits' own transactions, on the data source the appends write to. */
	private final TransactionTemplate own;

	/** Whether the database is an H2 file (read once, in the first group commit). */
	private volatile @Nullable Boolean h2File;

	/** Whether the database is PostgreSQL (read once, in the first group commit). */
	private volatile @Nullable Boolean postgres;

	/**
	 * The same events as a Merkle tree (leaf i = the hash of event seq i + 1), kept as
	 * tiles.
	 */
	private final MerkleLog tree;

	private @Nullable Head head;

	private final EdgeCachingTileStore edges;

	AuditService(JdbcTemplate jdbc, AccessService access, ObjectProvider<AuditOrigin> origin, Clock clock,
			AuditTileStore tiles) {
		this.edges = new EdgeCachingTileStore(tiles);
		this.tree = new MerkleLog(this.edges);
		this.jdbc = jdbc;
		this.access = access;
		this.origin = SingletonSupplier.ofNullable(origin::getIfAvailable);
		this.clock = clock;
		DataSource dataSource = Objects.requireNonNull(jdbc.getDataSource(),
				"the audit log's JdbcTemplate has no data source");
		this.own = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	/**
	 * An appender of its own over {@code jdbc}, sharing nothing with this application's
	 * but the database: what a second console instance has. For the two-instance
	 * benchmark (DD049, DD064); appends in a caller's transaction must run on that data
	 * source, appends outside any are group-committed on it.
	 */
	public static AuditService separateInstance(JdbcTemplate jdbc, AccessService access,
			ObjectProvider<AuditOrigin> origin, Clock clock) {
		return new AuditService(jdbc, access, origin, clock, new AuditTileStore(jdbc));
	}

	/**
	 * How many events this instance has appended since it started (a monotonic count for
	 * metrics; an append whose transaction rolled back is counted too).
	 */
	public long appendedSinceStart() {
		return this.appended.sum();
	}

	/**
	 * Records an event for the current user (or "system" when nobody is logged in): in
	 * the caller's transaction when there is one, committed with it; otherwise by a group
	 * commit, returning once the event is on disk.
	 */
	public AuditRecord record(AuditEntry entry) {
		String actor = this.access.currentUsername().orElse(AuditOrigin.SYSTEM);
		String role = this.access.currentRoles().stream().sorted().collect(Collectors.joining(","));
		return recordFor(actor, role.isEmpty() ? null : role, entry);
	}

	/**
	 * Records an event on behalf of a named actor (logins, failed logins: no session
	 * yet), as {@link #record}.
	 */
	public AuditRecord recordFor(String actor, @Nullable String role, AuditEntry entry) {
		AuditWaiter event = prepare(actor, role, entry);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return append(event);
		}
		return appendGrouped(event);
	}

	/** The event's own fields that come from the caller's thread. */
	private AuditWaiter prepare(String actor, @Nullable String role, AuditEntry entry) {
		ScopeGrant grant = this.access.grantOf(actor);
		String scope = grant.isEmpty() ? null
				: grant.rootOrganizationIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		String address = Optional.ofNullable(this.origin.get())
			.map(AuditOrigin::clientAddress)
			.orElse(AuditOrigin.SYSTEM);
		return new AuditWaiter(actor, role, scope, address, entry);
	}

	/**
	 * Group commit (DD064): the caller queues its event and whoever holds the append lock
	 * commits every queued event in one transaction; a caller whose event a batch took
	 * waits for that batch's answer. A caller takes its transaction's connection before
	 * it takes the append lock, never after (DD077): appends inside other transactions
	 * wait for the lock holding their connections, and a lock holder waiting for one more
	 * connection deadlocked with them when they held the whole pool.
	 */
	private AuditRecord appendGrouped(AuditWaiter event) {
		this.waiting.add(event);
		while (!event.claimed()) {
			List<AuditWaiter> committed = null;
			TransactionStatus status;
			try {
				status = this.own.getTransactionManager().getTransaction(new DefaultTransactionDefinition());
			}
			catch (RuntimeException ex) {
				if (this.waiting.remove(event)) {
					// no batch has it: nothing of it is written, and the caller is told
					throw ex;
				}
				// a batch took it meanwhile: that batch's answer is the caller's
				continue;
			}
			this.appends.lock();
			try {
				if (!event.claimed()) {
					committed = commitBatch(status);
				}
			}
			finally {
				this.appends.unlock();
				if (!status.isCompleted()) {
					this.own.getTransactionManager().rollback(status);
				}
			}
			if (committed != null) {
				answerWhenDurable(committed);
			}
		}
		return event.await();
	}

	/**
	 * In the transaction {@code status} (begun before the append lock was taken) takes
	 * the database's lock, then every queued event (up to {@link #MAX_BATCH}), chains and
	 * inserts them and commits. On PostgreSQL the commit does not wait for the disk (the
	 * lock is free for the next batch at once); {@link #answerWhenDurable} waits for it
	 * before anyone is answered. A failure rolls everything back and fails every event of
	 * the batch.
	 * @return the committed batch, or {@code null} when it failed (its waiters are
	 * answered)
	 */
	private @Nullable List<AuditWaiter> commitBatch(TransactionStatus begun) {
		List<AuditWaiter> batch = null;
		TransactionStatus status = begun;
		try {
			if (postgres()) {
				this.jdbc.execute("set local synchronous_commit = off");
			}
			claimHead();
			batch = drain();
			List<AuditRecord> records = writeAll(batch);
			TransactionStatus done = status;
			status = null;
			this.own.getTransactionManager().commit(done);
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).committed(records.get(i));
			}
			this.batches.increment();
			return batch;
		}
		catch (RuntimeException ex) {
			if (status != null && !status.isCompleted()) {
				try {
					this.own.getTransactionManager().rollback(status);
				}
				catch (RuntimeException rollback) {
					ex.addSuppressed(rollback);
				}
			}
			forget();
			List<AuditWaiter> failed = (batch != null) ? batch : drain();
			for (AuditWaiter waiter : failed) {
				waiter.failed(ex);
			}
			return null;
		}
	}

	/**
	 * Answers a committed batch's waiters once it is on disk. On PostgreSQL a small
	 * synchronous commit that writes to the log (a logical message, no table row) flushes
	 * the log up to itself, and so every earlier commit, this batch's among them; the
	 * batches of every instance share those flushes. H2 wrote the batch at its commit.
	 */
	private void answerWhenDurable(List<AuditWaiter> batch) {
		if (postgres()) {
			try {
				this.own.executeWithoutResult((status) -> this.jdbc.queryForObject(
						"select pg_logical_emit_message(true, 'governance.audit', '')::text", String.class));
			}
			catch (RuntimeException ex) {
				IllegalStateException unknown = new IllegalStateException(
						"The audit log could not confirm that the event is on disk: the database did not answer.", ex);
				for (AuditWaiter waiter : batch) {
					waiter.failed(unknown);
				}
				return;
			}
		}
		else if (h2File()) {
			try {
				// the batch committed outside the console's transaction manager: stored
				// here before anyone is answered (DD056)
				DurabilityBarrier.awaitStored(this.jdbc);
			}
			catch (RuntimeException ex) {
				IllegalStateException unknown = new IllegalStateException(
						"The audit log could not confirm that the event is on disk: the database did not store it.",
						ex);
				for (AuditWaiter waiter : batch) {
					waiter.failed(unknown);
				}
				return;
			}
		}
		for (AuditWaiter waiter : batch) {
			waiter.answer();
		}
	}

	/** The queued events a batch takes (under the append lock). */
	private List<AuditWaiter> drain() {
		List<AuditWaiter> batch = new ArrayList<>();
		AuditWaiter next;
		while (batch.size() < MAX_BATCH && (next = this.waiting.poll()) != null) {
			next.claim();
			batch.add(next);
		}
		return batch;
	}

	private boolean h2File() {
		Boolean known = this.h2File;
		if (known == null) {
			known = DurabilityBarrier.isH2File(
					this.jdbc.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getURL()));
			this.h2File = known;
		}
		return known;
	}

	private boolean postgres() {
		Boolean known = this.postgres;
		if (known == null) {
			known = "PostgreSQL".equals(this.jdbc.execute(
					(ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName()));
			this.postgres = known;
		}
		return known;
	}

	/** Events waiting for a group commit (for tests). */
	int waitingCount() {
		return this.waiting.size();
	}

	/** Group commits that committed since this appender started (for tests). */
	long groupCommits() {
		return this.batches.sum();
	}

	private AuditRecord append(AuditWaiter event) {
		boolean firstInThread = !this.appends.isHeldByCurrentThread();
		this.appends.lock();
		boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
		if (inTransaction && firstInThread) {
			// registered before anything can fail, so that a failed append never keeps
			// the lock past its transaction
			releaseOnCompletion();
		}
		try {
			if (firstInThread) {
				claimHead();
			}
			return write(event);
		}
		catch (RuntimeException ex) {
			forget();
			throw ex;
		}
		finally {
			if (!inTransaction || !firstInThread) {
				this.appends.unlock();
			}
		}
	}

	private AuditRecord write(AuditWaiter event) {
		Chained chained = chain(event, head(), now());
		// the tree first: its size, read from the events, must not count this one yet
		this.tree.append(chained.leaf());
		this.jdbc.update(INSERT, row(chained.record()));
		this.head = new Head(chained.record().seq(), chained.record().hash());
		this.appended.increment();
		return chained.record();
	}

	/**
	 * A group commit's events, chained in order, one tree append and one batch insert.
	 */
	private List<AuditRecord> writeAll(List<AuditWaiter> events) {
		Head last = head();
		Instant now = now();
		List<AuditRecord> records = new ArrayList<>(events.size());
		List<Hash> leaves = new ArrayList<>(events.size());
		for (AuditWaiter event : events) {
			Chained chained = chain(event, last, now);
			records.add(chained.record());
			leaves.add(chained.leaf());
			last = new Head(chained.record().seq(), chained.record().hash());
		}
		if (records.isEmpty()) {
			return records;
		}
		// the tree first: its size, read from the events, must not count these yet
		this.tree.appendAll(leaves);
		this.jdbc.batchUpdate(INSERT, records.stream().map(AuditService::row).toList());
		this.head = last;
		this.appended.add(records.size());
		return records;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private Chained chain(AuditWaiter event, Head last, Instant now) {
		AuditEntry entry = event.entry;
		AuditRecord unsigned = new AuditRecord(last.seq() + 1, now, event.actor, event.role, event.scope,
				entry.action(), entry.targetType(), entry.targetId(), json(entry.before()), json(entry.after()),
				entry.reason(), event.address, last.hash(), "");
		// the same bytes as AuditChain.hash(prev, AuditChain.canonical(e)), written
		// directly
		byte[] digest = this.hasher.digest(last.hash(), unsigned);
		String hash = HexFormat.of().formatHex(digest);
		AuditRecord record = new AuditRecord(unsigned.seq(), now, event.actor, event.role, event.scope, entry.action(),
				entry.targetType(), entry.targetId(), unsigned.before(), unsigned.after(), entry.reason(),
				event.address, last.hash(), hash);
		return new Chained(record, MerkleHashing.leafHash(digest));
	}

	private static final String INSERT = """
			insert into audit_event (seq, occurred_at, actor, actor_role, org_scope, action, target_type, target_id,
			                         before_state, after_state, reason, client_address, prev_hash, hash)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static Object[] row(AuditRecord record) {
		return new Object[] { record.seq(), Timestamp.from(record.occurredAt()), record.actor(), record.actorRole(),
				record.orgScope(), record.action(), record.targetType(), record.targetId(), record.before(),
				record.after(), record.reason(), record.clientAddress(), record.prevHash(), record.hash() };
	}

	private record Chained(AuditRecord record, Hash leaf) {
	}

	/**
	 * Keeps the append lock until the transaction ends; forgets the head if it rolled
	 * back.
	 */
	private void releaseOnCompletion() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					forget();
				}
				while (AuditService.this.appends.isHeldByCurrentThread()) {
					AuditService.this.appends.unlock();
				}
			}
		});
	}

	/**
	 * Takes the database's append lock (until this transaction ends) and checks the
	 * cached head against the stored one: another process sharing the database may have
	 * appended since, and then the head and the tree's edge are read again.
	 */
	private void claimHead() {
		this.jdbc.queryForObject("select id from audit_append_lock where id = 1 for update", Integer.class);
		Head stored = storedHead();
		if (!stored.equals(this.head)) {
			this.edges.forget();
			this.head = stored;
		}
	}

	/**
	 * After a rollback: the chain's head and the tree's edge are read again (package
	 * private for tests).
	 */
	void forget() {
		this.head = null;
		this.edges.forget();
	}

	private Head head() {
		Head current = this.head;
		if (current == null) {
			current = storedHead();
			this.head = current;
		}
		return current;
	}

	private Head storedHead() {
		Head stored = this.jdbc.query("select seq, hash from audit_event order by seq desc fetch first 1 rows only",
				(rs) -> rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, AuditChain.GENESIS));
		return (stored != null) ? stored : new Head(0, AuditChain.GENESIS);
	}

	private @Nullable String json(@Nullable Object state) {
		if (state == null) {
			return null;
		}
		return (state instanceof String text) ? text : this.json.writeValueAsString(state);
	}

	private record Head(long seq, String hash) {
	}

}
