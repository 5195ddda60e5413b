package gov.records.governance.bench;

import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.audit.JdbcTileStore;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.InMemoryTileStore;
import gov.records.governance.evidence.merkle.MerkleLog;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The verifiable audit log at scale: inclusion and consistency proofs on a
 * 1,000,000-event log kept as database tiles (a scratch H2 schema with the audit tile
 * tables), beside the same proofs over tiles in memory; and appends through the audit
 * service with the tree maintained, beside plain JDBC inserts of the same rows.
 */
@Component
class AuditLogBenchmark implements Benchmark {

	static final int LEAVES = 1_000_000;

	static final int PROOF_RUNS = 501;

	static final int APPENDS = 2_000;

	private final AuditService audit;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	AuditLogBenchmark(AuditService audit, DataSource dataSource, PlatformTransactionManager transactions) {
		this.audit = audit;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		List<BenchResult> results = new ArrayList<>(proofs());
		results.add(appends());
		return results;
	}

	private List<BenchResult> proofs() throws Exception {
		SimpleDriverDataSource scratch = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:bench-tiles;DB_CLOSE_DELAY=-1");
		JdbcTemplate jdbc = new JdbcTemplate(scratch);
		jdbc.execute("create table audit_tile (tile_level integer not null, tile_index bigint not null, "
				+ "width integer not null, hashes varchar not null, primary key (tile_level, tile_index))");
		jdbc.execute("create table audit_tree (id integer not null primary key, tree_size bigint not null)");
		jdbc.update("insert into audit_tree (id, tree_size) values (1, 0)");
		MerkleLog stored = new MerkleLog(new JdbcTileStore(jdbc));
		MerkleLog memory = new MerkleLog(new InMemoryTileStore());
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		long built = System.nanoTime();
		List<Hash> batch = new ArrayList<>();
		for (int i = 0; i < LEAVES; i++) {
			batch.add(Hash.of(sha.digest(Long.toString(i).getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
			if (batch.size() == 10_000) {
				stored.appendAll(batch);
				memory.appendAll(batch);
				batch.clear();
			}
		}
		double buildSeconds = (System.nanoTime() - built) / 1e9;
		SplittableRandom random = new SplittableRandom(42);
		double[] inclusion = Timer.paired(PROOF_RUNS, () -> stored.inclusionProof(random.nextLong(LEAVES), LEAVES),
				() -> memory.inclusionProof(random.nextLong(LEAVES), LEAVES));
		double[] consistency = Timer.paired(PROOF_RUNS,
				() -> stored.consistencyProof(1 + random.nextLong(LEAVES - 1), LEAVES),
				() -> memory.consistencyProof(1 + random.nextLong(LEAVES - 1), LEAVES));
		Long rows = jdbc.queryForObject("select count(*) from audit_tile", Long.class);
		jdbc.execute("drop all objects");
		return List.of(
				new BenchResult("Audit log", "Building a 1,000,000-event log as database tiles (" + rows + " rows)",
						buildSeconds, "s", null, null, "informational", true),
				new BenchResult("Audit log", "Inclusion proof, 1,000,000-event log in database tiles", inclusion[0],
						"ms (median of " + PROOF_RUNS + ")", inclusion[1], "the same proof over tiles in memory",
						"< 10 ms", inclusion[0] < 10),
				new BenchResult("Audit log", "Consistency proof, 1,000,000-event log in database tiles", consistency[0],
						"ms (median of " + PROOF_RUNS + ")", consistency[1], "the same proof over tiles in memory",
						"< 10 ms", consistency[0] < 10));
	}

	private BenchResult appends() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.execute("create table if not exists bench_audit_raw (seq bigint primary key, occurred_at timestamp with "
				+ "time zone, actor varchar(100), action varchar(64), target_type varchar(64), target_id varchar(100),"
				+ " after_state varchar, prev_hash varchar(64), hash varchar(64))");
		double audited = perSecond(() -> BenchSecurity.as("inspector", "INSPECTOR", () -> {
			for (int i = 0; i < APPENDS; i++) {
				int n = i;
				this.transactions.executeWithoutResult(
						(s) -> this.audit.record(AuditEntry.of("bench.append", "bench", n).withAfter(Map.of("n", n))));
			}
			return null;
		}));
		double raw = perSecond(() -> {
			try (Connection connection = this.dataSource.getConnection();
					PreparedStatement insert = connection.prepareStatement(
							"insert into bench_audit_raw values (?, ?, 'inspector', 'bench.append', 'bench', ?, ?, ?, ?)")) {
				long base = System.nanoTime();
				for (int i = 0; i < APPENDS; i++) {
					insert.setLong(1, base + i);
					insert.setTimestamp(2, Timestamp.from(Instant.now()));
					insert.setString(3, String.valueOf(i));
					insert.setString(4, "{\"n\":" + i + "}");
					insert.setString(5, "0".repeat(64));
					insert.setString(6, "1".repeat(64));
					insert.executeUpdate();
				}
			}
			return null;
		});
		try (Connection connection = this.dataSource.getConnection(); Statement drop = connection.createStatement()) {
			drop.execute("drop table bench_audit_raw");
		}
		return new BenchResult("Audit log",
				"Appends through the audit service, hash chain and Merkle tiles maintained " + "(one transaction each)",
				audited, "events/s", raw, "plain JDBC inserts of the same rows (autocommit)", ">= 1,000 events/s",
				audited >= 1_000);
	}

	private static double perSecond(java.util.concurrent.Callable<?> work) throws Exception {
		long start = System.nanoTime();
		work.call();
		return APPENDS / ((System.nanoTime() - start) / 1e9);
	}

}
