package gov.records.governance.audit;

import gov.records.governance.access.AccessService;
import gov.records.governance.access.ScopeGrant;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.MerkleHashing;
import gov.records.governance.evidence.merkle.MerkleLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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
	private final java.util.concurrent.atomic.LongAdder appended = new java.util.concurrent.atomic.LongAdder();

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
	}

	/**
	 * An appender of its own over {@code jdbc}, sharing nothing with this application's
	 * but the database: what a second console instance has. For the two-instance
	 * benchmark (DD049); its appends must run inside the caller's transactions on that
	 * data source.
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

	/** Records an event for the current user (or "system" when nobody is logged in). */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditRecord record(AuditEntry entry) {
		String actor = this.access.currentUsername().orElse(AuditOrigin.SYSTEM);
		String role = this.access.currentRoles().stream().sorted().collect(Collectors.joining(","));
		return append(actor, role.isEmpty() ? null : role, entry);
	}

	/**
	 * Records an event on behalf of a named actor (logins, failed logins: no session
	 * yet).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditRecord recordFor(String actor, @Nullable String role, AuditEntry entry) {
		return append(actor, role, entry);
	}

	private AuditRecord append(String actor, @Nullable String role, AuditEntry entry) {
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
			return write(actor, role, entry);
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

	private AuditRecord write(String actor, @Nullable String role, AuditEntry entry) {
		Head last = head();
		ScopeGrant grant = this.access.grantOf(actor);
		String scope = grant.isEmpty() ? null
				: grant.rootOrganizationIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		String address = Optional.ofNullable(this.origin.get())
			.map(AuditOrigin::clientAddress)
			.orElse(AuditOrigin.SYSTEM);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		AuditRecord unsigned = new AuditRecord(last.seq() + 1, now, actor, role, scope, entry.action(),
				entry.targetType(), entry.targetId(), json(entry.before()), json(entry.after()), entry.reason(),
				address, last.hash(), "");
		// the same bytes as AuditChain.hash(prev, AuditChain.canonical(e)), written
		// directly
		byte[] digest = this.hasher.digest(last.hash(), unsigned);
		String hash = HexFormat.of().formatHex(digest);
		Hash leaf = MerkleHashing.leafHash(digest);
		AuditRecord record = new AuditRecord(unsigned.seq(), now, actor, role, scope, entry.action(),
				entry.targetType(), entry.targetId(), unsigned.before(), unsigned.after(), entry.reason(), address,
				last.hash(), hash);
		// the tree first: its size, read from the events, must not count this one yet
		this.tree.append(leaf);
		this.jdbc.update("""
				insert into audit_event (seq, occurred_at, actor, actor_role, org_scope, action, target_type, target_id,
				                         before_state, after_state, reason, client_address, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", record.seq(), Timestamp.from(now), actor, role, scope, record.action(), record.targetType(),
				record.targetId(), record.before(), record.after(), record.reason(), address, record.prevHash(), hash);
		this.head = new Head(record.seq(), hash);
		this.appended.increment();
		return record;
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
