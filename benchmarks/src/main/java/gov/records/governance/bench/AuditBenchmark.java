package gov.records.governance.bench;

import gov.records.governance.audit.AuditChain;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditRecord;
import gov.records.governance.audit.AuditService;
import gov.records.governance.audit.ChainVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log: appending events with the hash chain and the Merkle tree maintained,
 * each in its own transaction as real writes are (beside the same rows inserted by plain
 * JDBC without chain or tree), and verifying a chain of a million events (beside plain
 * SHA-256 over the same canonical bytes).
 */
@Component
@Profile("bench")
class AuditBenchmark implements Benchmark {

	private static final int APPENDS = 20_000;

	private static final int CHAIN = 1_000_000;

	/** Issue 4: appends with the hash chain, events/s on H2. */
	static final int CHAIN_GOAL = 5_000;

	/** Issue 6: appends with the Merkle tree maintained, events/s on H2. */
	static final int TREE_GOAL = 1_000;

	private final AuditService audit;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	AuditBenchmark(AuditService audit, JdbcTemplate jdbc, TransactionTemplate tx) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		this.jdbc.execute("create table bench_audit_copy as select * from audit_event where 1 = 0");
		try {
			return results(appends(), verification());
		}
		finally {
			this.jdbc.execute("drop table bench_audit_copy");
		}
	}

	/**
	 * The figures and their goals. Every append through the audit service extends both
	 * the chain and the tree, so the one measured rate is held to both goals: issue 4's
	 * for the chain and issue 6's for appends with the tree maintained.
	 * @param appends events/s through the audit service, then by plain JDBC
	 * @param verify events/s verifying the chain, then plain SHA-256
	 */
	static List<BenchResult> results(double[] appends, double[] verify) {
		String baseline = "plain JDBC insert of the same rows, one transaction each";
		return List.of(
				new BenchResult("Audit log",
						"Appends with the hash chain (the Merkle tree maintained too), one " + "transaction each",
						appends[0], "events/s", appends[1], baseline,
						String.format(Locale.ROOT, ">= %,d events/s", CHAIN_GOAL), appends[0] >= CHAIN_GOAL),
				new BenchResult("Audit log", "Appends with the Merkle tree maintained (the same appends)", appends[0],
						"events/s", appends[1], baseline,
						String.format(Locale.ROOT, ">= %,d events/s (Trillian and Tessera on MySQL append 300-500/s)",
								TREE_GOAL),
						appends[0] >= TREE_GOAL),
				new BenchResult("Audit log", "Verification of a 1,000,000-event chain", verify[0], "events/s",
						verify[1], "plain SHA-256 over the same canonical bytes",
						">= half the plain SHA-256 throughput", verify[0] >= verify[1] / 2));
	}

	private double[] appends() {
		for (int i = 0; i < 2_000; i++) {
			append(i);
			plainInsert(-i - 1);
		}
		long start = System.nanoTime();
		for (int i = 0; i < APPENDS; i++) {
			append(i);
		}
		double chained = APPENDS / ((System.nanoTime() - start) / 1e9);
		start = System.nanoTime();
		for (int i = 0; i < APPENDS; i++) {
			plainInsert(-APPENDS - i - 10_000);
		}
		double plain = APPENDS / ((System.nanoTime() - start) / 1e9);
		return new double[] { chained, plain };
	}

	private void append(int n) {
		this.tx.executeWithoutResult((status) -> this.audit.recordFor("bench", "PLATFORM_ADMIN",
				AuditEntry.of("bench.append", "group", n).withAfter(Map.of("n", n)).withReason("benchmark")));
	}

	private void plainInsert(long seq) {
		this.tx.executeWithoutResult((status) -> this.jdbc.update("""
				insert into bench_audit_copy (id, seq, occurred_at, actor, actor_role, org_scope, action, target_type,
				    target_id, before_state, after_state, reason, client_address, prev_hash, hash)
				values (?, ?, ?, 'bench', 'PLATFORM_ADMIN', null, 'bench.append', 'group', ?, null, '{"n":1}',
				        'benchmark', 'system', ?, ?)
				""", seq, seq, Timestamp.from(Instant.now()), String.valueOf(seq), AuditChain.GENESIS,
				AuditChain.GENESIS));
	}

	/**
	 * A million chained events in memory, verified as the console verifies; then raw
	 * SHA-256 over them.
	 */
	private double[] verification() throws Exception {
		List<AuditRecord> chain = new ArrayList<>(CHAIN);
		List<byte[]> canonical = new ArrayList<>(CHAIN);
		String previous = AuditChain.GENESIS;
		Instant t = Instant.parse("2026-01-01T00:00:00Z");
		for (long seq = 1; seq <= CHAIN; seq++) {
			AuditRecord unsigned = new AuditRecord(seq, t.plusMillis(seq), "admin", "PLATFORM_ADMIN", "1",
					"settings.changed", "group", String.valueOf(seq % 25_000), "{\"autoDelete\":false}",
					"{\"autoDelete\":true,\"maxLifetimeSeconds\":2592000}", "Pilot of auto-delete", "10.0.0.7",
					previous, "");
			String text = AuditChain.canonical(unsigned);
			String hash = AuditChain.hash(previous, text);
			chain.add(new AuditRecord(seq, unsigned.occurredAt(), unsigned.actor(), unsigned.actorRole(),
					unsigned.orgScope(), unsigned.action(), unsigned.targetType(), unsigned.targetId(),
					unsigned.before(), unsigned.after(), unsigned.reason(), unsigned.clientAddress(), previous, hash));
			canonical.add((previous + text).getBytes(StandardCharsets.UTF_8));
			previous = hash;
		}
		double[] times = Timer.paired(3, () -> {
			ChainVerifier verifier = new ChainVerifier();
			for (AuditRecord event : chain) {
				verifier.accept(event);
			}
			if (!verifier.result().ok()) {
				throw new IllegalStateException(verifier.result().summary());
			}
		}, () -> {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			for (byte[] bytes : canonical) {
				sha256.digest(bytes);
			}
		});
		return new double[] { CHAIN / (times[0] / 1000), CHAIN / (times[1] / 1000) };
	}

}
