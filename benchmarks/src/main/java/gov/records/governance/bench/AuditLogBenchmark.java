package gov.records.governance.bench;

import gov.records.governance.audit.AuditTileStore;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.MerkleHashing;
import gov.records.governance.evidence.merkle.InMemoryTileStore;
import gov.records.governance.evidence.merkle.MerkleLog;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The verifiable audit log at scale: inclusion and consistency proofs on a
 * 1,000,000-event log kept as database tiles (a scratch H2 schema with the audit tile
 * tables), beside the same proofs over tiles in memory. (Appends are measured by
 * {@code AuditBenchmark}.)
 */
@Component
@Profile("bench")
class AuditLogBenchmark implements Benchmark {

	static final int LEAVES = 1_000_000;

	static final int PROOF_RUNS = 501;

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		return proofs();
	}

	private List<BenchResult> proofs() throws Exception {
		SimpleDriverDataSource scratch = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:bench-tiles;DB_CLOSE_DELAY=-1");
		JdbcTemplate jdbc = new JdbcTemplate(scratch);
		jdbc.execute("create table audit_tile (tile_level integer not null, tile_index bigint not null, "
				+ "width integer not null, hashes varchar not null, primary key (tile_level, tile_index))");
		// the columns of the audit log that its tree store reads: the newest leaves come
		// from them
		jdbc.execute("create table audit_event (seq bigint not null primary key, hash varchar(64) not null)");
		MerkleLog stored = new MerkleLog(new AuditTileStore(jdbc));
		MerkleLog memory = new MerkleLog(new InMemoryTileStore());
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		long built = System.nanoTime();
		List<Hash> batch = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		for (int i = 0; i < LEAVES; i++) {
			byte[] eventHash = sha.digest(Long.toString(i).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			batch.add(MerkleHashing.leafHash(eventHash));
			events.add(new Object[] { i + 1L, HexFormat.of().formatHex(eventHash) });
			if (batch.size() == 10_000) {
				// as the audit service does: the tree first, then the events it now
				// counts
				stored.appendAll(batch);
				jdbc.batchUpdate("insert into audit_event (seq, hash) values (?, ?)", events);
				memory.appendAll(batch);
				batch.clear();
				events.clear();
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
				new BenchResult("Audit log",
						"Building a 1,000,000-event log as database tiles (" + rows
								+ " rows; the events' hashes inserted too)",
						buildSeconds, "s", null, null, "informational", true),
				new BenchResult("Audit log", "Inclusion proof, 1,000,000-event log in database tiles", inclusion[0],
						"ms (median of " + PROOF_RUNS + ")", inclusion[1], "the same proof over tiles in memory",
						"< 10 ms", inclusion[0] < 10),
				new BenchResult("Audit log", "Consistency proof, 1,000,000-event log in database tiles", consistency[0],
						"ms (median of " + PROOF_RUNS + ")", consistency[1], "the same proof over tiles in memory",
						"< 10 ms", consistency[0] < 10));
	}

}
