package gov.records.governance.audit;

import static gov.records.governance.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.MerkleHashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checkpoints are signed only over the committed tree, are kept before they are handed
 * out, and are refused over a history shorter than or different from the newest one
 * handed out (issue 12, build 1; DD017). The events here are committed, as the console's
 * are.
 */
abstract class PublishedHistoryContract {

	static final Path WITNESS;

	static {
		try {
			WITNESS = Files.createTempDirectory("durability-witness").resolve("published-checkpoint");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void witness(DynamicPropertyRegistry registry) {
		registry.add("governance.log.witness-file", WITNESS::toString);
	}

	@Autowired
	AuditService audit;

	@Autowired
	CheckpointService checkpoints;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void events() throws IOException {
		fresh();
		forgetPublished();
		for (int i = 0; i < 40; i++) {
			append(i);
		}
	}

	@AfterEach
	void forgetPublished() throws IOException {
		this.jdbc.update("delete from published_checkpoint");
		Files.deleteIfExists(WITNESS);
	}

	@Test
	void aCheckpointIsKeptInTheDatabaseAndTheWitnessFileBeforeItIsHandedOut() throws IOException {
		SignedCheckpoint signed = this.checkpoints.current();
		String root = this.jdbc.queryForObject("select root_hash from published_checkpoint where tree_size = ?",
				String.class, signed.treeSize());
		assertThat(root).isEqualTo(signed.rootHash().toHex());
		assertThat(Files.readString(WITNESS)).isEqualTo(signed.text());
	}

	@Test
	void anEventAppendedButNotYetCommittedIsNeverSigned() {
		long committed = this.checkpoints.current().treeSize();
		SignedCheckpoint inside = new TransactionTemplate(this.transactions).execute((status) -> {
			append(99);
			SignedCheckpoint signed = this.checkpoints.current();
			status.setRollbackOnly();
			return signed;
		});
		assertThat(inside.treeSize()).isEqualTo(committed);
		assertThat(this.checkpoints.current().treeSize()).isEqualTo(committed);
	}

	@Test
	void aLaterCheckpointIsConsistentWithTheOnePublishedBefore() {
		SignedCheckpoint before = this.checkpoints.current();
		append(100);
		SignedCheckpoint after = this.checkpoints.current();
		assertThat(after.treeSize()).isEqualTo(before.treeSize() + 1);
		assertThat(this.checkpoints.consistency(before.treeSize(), after.treeSize())
			.proof()
			.verify(before.rootHash(), after.rootHash())).isTrue();
	}

	@Test
	void nothingIsSignedOverAHistoryShorterThanAPublishedCheckpoint() throws IOException {
		long size = this.checkpoints.current().treeSize();
		publishElsewhere(size + 5, MerkleHashing.leafHash(new byte[] { 1 }));
		assertThatThrownBy(() -> this.checkpoints.current()).isInstanceOf(HistoryMismatchException.class)
			.hasMessageContaining("shorter history");
		assertThatThrownBy(() -> this.checkpoints.at(1)).isInstanceOf(HistoryMismatchException.class);
	}

	@Test
	void nothingIsSignedOverADifferentHistoryOfTheSameSize() throws IOException {
		long size = this.checkpoints.current().treeSize();
		publishElsewhere(size, MerkleHashing.leafHash(new byte[] { 2 }));
		assertThatThrownBy(() -> this.checkpoints.current()).isInstanceOf(HistoryMismatchException.class)
			.hasMessageContaining("different history");
	}

	@Test
	void nothingIsSignedOverAHistoryThatDiffersBeforeAPublishedSize() throws IOException {
		long size = this.checkpoints.current().treeSize();
		publishElsewhere(size - 3, MerkleHashing.leafHash(new byte[] { 3 }));
		assertThatThrownBy(() -> this.checkpoints.current()).isInstanceOf(HistoryMismatchException.class)
			.hasMessageContaining("different history");
	}

	/** Starts from an empty log where the database allows it. */
	void fresh() {
	}

	/** A published checkpoint the database does not know (only the witness file does). */
	void publishElsewhere(long size, Hash root) throws IOException {
		this.jdbc.update("delete from published_checkpoint");
		String note = new Checkpoint(this.checkpoints.origin(), size, root).text() + "\n— elsewhere AAAA\n";
		Files.writeString(WITNESS, note, StandardCharsets.UTF_8);
	}

	void append(int n) {
		as("admin",
				() -> this.audit.record(AuditEntry.of("settings.changed", "group", n)
					.withAfter(Map.of("autoDelete", true))
					.withReason("Durability " + n)),
				"PLATFORM_ADMIN");
	}

}
