package gov.records.governance.audit;

import static gov.records.governance.Users.as;
import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.ModelFixture;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.MerkleHashing;
import gov.records.governance.evidence.merkle.MerkleLog;
import gov.records.governance.organizations.OrganizationKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log on every database: appends chain and grow the Merkle tree, the chain
 * verifies over the database and over an export, and the tree's root matches RFC 9162
 * computed independently.
 */
@Transactional
@Import(ModelFixture.class)
abstract class AuditLogContract {

	@Autowired
	ModelFixture fixture;

	@Autowired
	AuditService audit;

	@Autowired
	AuditLogService log;

	@Autowired
	AuditTileStore tiles;

	/**
	 * The log's Merkle tree as {@code CheckpointService} reads it (leaf {@code i} is
	 * event {@code seq = i + 1}), over this test's own uncommitted events (the service
	 * reads committed ones only, in a transaction of its own).
	 */
	MerkleLog tree;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void events() {
		this.tree = new MerkleLog(this.tiles);
		long department = this.fixture.organization(null, "DEPT", OrganizationKind.DEPARTMENT);
		this.fixture.bind("inspector", department);
		for (int i = 0; i < 300; i++) {
			int n = i;
			as("admin",
					() -> this.audit.record(AuditEntry.of("settings.changed", "group", n)
						.withBefore(Map.of("autoDelete", false))
						.withAfter(Map.of("autoDelete", true, "note", "quote \" backslash \\ tab \t newline \n é 中"))
						.withReason("Reason " + n)),
					"PLATFORM_ADMIN");
		}
	}

	@Test
	void theChainVerifiesAndTheTreeMatchesAnIndependentRfc9162Root() {
		ChainVerification verification = as("inspector", () -> this.log.verify(), "INSPECTOR");
		assertThat(verification.ok()).as(verification.summary()).isTrue();
		assertThat(verification.eventsChecked()).isEqualTo(300);
		List<String> hashes = this.jdbc.queryForList("select hash from audit_event order by seq", String.class);
		assertThat(this.tree.size()).isEqualTo(300);
		List<Hash> leaves = new ArrayList<>();
		for (String hash : hashes) {
			leaves.add(MerkleHashing.leafHash(HexFormat.of().parseHex(hash)));
		}
		assertThat(this.tree.root()).isEqualTo(rfcRoot(leaves));
		assertThat(this.tree.root(257)).isEqualTo(rfcRoot(leaves.subList(0, 257)));
		assertThat(this.tree.inclusionProof(41, 300).verify(leaves.get(41), this.tree.root())).isTrue();
		assertThat(this.tree.consistencyProof(100, 300).verify(this.tree.root(100), this.tree.root())).isTrue();
		// the newest 44 events' leaves are read from the events: only the full tile is a
		// row
		assertThat(this.jdbc.queryForList("select tile_index from audit_tile where tile_level = 0", Long.class))
			.containsExactly(0L);
		assertThat(this.tree.inclusionProof(289, 300).verify(leaves.get(289), this.tree.root())).isTrue();
		assertThat(this.tree.consistencyProof(257, 300).verify(this.tree.root(257), this.tree.root())).isTrue();
	}

	@Test
	void everyStoredHashIsTheSha256OfThePreviousHashAndTheDocumentedCanonicalForm() {
		List<AuditRecord> records = this.jdbc.query("""
				select seq, occurred_at, actor, actor_role, org_scope, action, target_type, target_id, before_state,
				       after_state, reason, client_address, prev_hash, hash
				from audit_event order by seq""", AuditLogService::toRecord);
		assertThat(records).hasSize(300);
		String previous = AuditChain.GENESIS;
		for (AuditRecord record : records) {
			assertThat(record.prevHash()).isEqualTo(previous);
			assertThat(record.hash()).isEqualTo(AuditChain.hash(previous, AuditChain.canonicalWithJackson(record)));
			previous = record.hash();
		}
	}

	@Test
	void afterARollbackTheNextAppendReadsTheTreeEdgeFromTheEventsAndStaysInStep() {
		// what a rolled-back append does to the service's memory: head and tree edge
		// forgotten
		this.audit.forget();
		for (int i = 0; i < 3; i++) {
			int n = i;
			as("admin", () -> this.audit.record(AuditEntry.of("settings.changed", "group", n).withReason("kept")),
					"PLATFORM_ADMIN");
		}
		List<String> hashes = this.jdbc.queryForList("select hash from audit_event order by seq", String.class);
		assertThat(hashes).hasSize(303);
		List<Hash> leaves = new ArrayList<>();
		for (String hash : hashes) {
			leaves.add(MerkleHashing.leafHash(HexFormat.of().parseHex(hash)));
		}
		assertThat(this.tree.size()).isEqualTo(303);
		assertThat(this.tree.root()).isEqualTo(rfcRoot(leaves));
		ChainVerification verification = as("inspector", () -> this.log.verify(), "INSPECTOR");
		assertThat(verification.ok()).as(verification.summary()).isTrue();
	}

	@Test
	void anExportVerifiesOnItsOwnAndATamperedExportShowsWhere(@TempDir Path dir) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		as("inspector", () -> {
			this.log.exportJsonLines(out);
			return null;
		}, "INSPECTOR");
		Path export = dir.resolve("audit.jsonl");
		Files.write(export, out.toByteArray());
		assertThat(AuditExportVerifier.verify(export).ok()).isTrue();
		List<String> lines = new ArrayList<>(Files.readAllLines(export, StandardCharsets.UTF_8));
		List<String> modified = new ArrayList<>(lines);
		modified.set(9, modified.get(9).replace("Reason 9", "Reason 99"));
		assertThat(verify(dir, modified).brokenAt()).isEqualTo(10);
		List<String> deleted = new ArrayList<>(lines);
		deleted.remove(20);
		assertThat(verify(dir, deleted).problem()).contains("missing");
		List<String> reordered = new ArrayList<>(lines);
		reordered.set(30, lines.get(31));
		reordered.set(31, lines.get(30));
		ChainVerification swapped = verify(dir, reordered);
		assertThat(swapped.ok()).isFalse();
		assertThat(swapped.brokenAt()).isEqualTo(31);
	}

	@Test
	void searchFiltersByActorActionTargetAndPeriod() {
		long all = as("inspector", () -> this.log.count(AuditFilter.none()), "INSPECTOR");
		assertThat(all).isEqualTo(300);
		assertThat(as("inspector",
				() -> this.log.search(new AuditFilter("ADMIN", "settings.", "42", null, null), Pageable.ofSize(10)),
				"INSPECTOR"))
			.extracting(AuditRecord::targetId)
			.containsExactly("42");
		assertThat(
				as("inspector", () -> this.log.count(new AuditFilter("nobody", null, null, null, null)), "INSPECTOR"))
			.isZero();
	}

	private static ChainVerification verify(Path dir, List<String> lines) throws Exception {
		Path file = Files.createTempFile(dir, "tampered", ".jsonl");
		Files.write(file, lines, StandardCharsets.UTF_8);
		return AuditExportVerifier.verify(file);
	}

	/** RFC 9162 section 2.1.1, written out directly from the definition. */
	static Hash rfcRoot(List<Hash> leaves) {
		if (leaves.size() == 1) {
			return leaves.getFirst();
		}
		int k = Integer.highestOneBit(leaves.size() - 1);
		return MerkleHashing.nodeHash(rfcRoot(leaves.subList(0, k)), rfcRoot(leaves.subList(k, leaves.size())));
	}

}
