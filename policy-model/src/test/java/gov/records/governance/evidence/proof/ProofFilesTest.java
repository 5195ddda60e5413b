package gov.records.governance.evidence.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.checkpoint.NoteSigner;
import gov.records.governance.evidence.checkpoint.NoteVerifier;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.InMemoryTileStore;
import gov.records.governance.evidence.merkle.MerkleHashing;
import gov.records.governance.evidence.merkle.MerkleLog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The offline proof files, written from a log and checked as an inspector would. */
class ProofFilesTest {

	private static final String ORIGIN = "governance.example.gov/audit";

	private final NoteSigner signer = NoteSigner.generate(ORIGIN);

	private final List<NoteVerifier> trusted = List.of(this.signer.verifier());

	private MerkleLog log;

	@BeforeEach
	void fillLog() {
		this.log = new MerkleLog(new InMemoryTileStore());
		for (int i = 0; i < 1000; i++) {
			this.log.appendEntry(entry(i));
		}
	}

	private static byte[] entry(int i) {
		return ("{\"seq\":" + i + "}").getBytes(StandardCharsets.UTF_8);
	}

	private String checkpoint(long size) {
		return new Checkpoint(ORIGIN, size, this.log.root(size)).sign(this.signer);
	}

	@Test
	void inclusionProofFileIsTheC2spFormatAndVerifiesOffline() {
		String file = InclusionProofFile.of(this.log.inclusionProof(733, 1000), checkpoint(1000)).format();
		assertThat(file).startsWith("c2sp.org/tlog-proof@v1\nindex 733\n");
		assertThat(file.lines().skip(2).takeWhile((line) -> !line.isEmpty()).count()).isEqualTo(10);
		// Ed25519 is deterministic: signing the same checkpoint again gives the same note
		assertThat(file).endsWith("=\n\n" + checkpoint(1000));

		InclusionProofFile parsed = InclusionProofFile.parse(file);
		Checkpoint verified = parsed.verify(MerkleHashing.leafHash(entry(733)), ORIGIN, this.trusted);
		assertThat(verified.treeSize()).isEqualTo(1000);
		assertThat(parsed.format()).isEqualTo(file);

		assertThatThrownBy(() -> parsed.verify(MerkleHashing.leafHash(entry(734)), ORIGIN, this.trusted))
			.isInstanceOf(ProofFileException.class)
			.hasMessageContaining("inclusion proof rejected");
		assertThatThrownBy(() -> parsed.verify(MerkleHashing.leafHash(entry(733)), ORIGIN,
				List.of(NoteSigner.generate(ORIGIN).verifier())))
			.hasMessageContaining("checkpoint rejected");
	}

	@Test
	void inclusionProofFileKeepsExtraData() {
		InclusionProofFile withExtra = new InclusionProofFile(0, this.log.inclusionProof(0, 1000).path(),
				checkpoint(1000), "ZXZlbnQgMA==");
		InclusionProofFile parsed = InclusionProofFile.parse(withExtra.format());
		assertThat(parsed.extra()).isEqualTo("ZXZlbnQgMA==");
		parsed.verify(MerkleHashing.leafHash(entry(0)), ORIGIN, this.trusted);
	}

	@Test
	void consistencyProofFileLinksAKeptCheckpointToANewOne() {
		String kept = checkpoint(600);
		Checkpoint trustedOld = Checkpoint.open(kept, ORIGIN, this.trusted);
		ConsistencyProofFile file = ConsistencyProofFile.of(this.log.consistencyProof(600, 1000), this.log.root(600),
				checkpoint(1000));
		String text = file.format();
		assertThat(text).startsWith("governance-console/tlog-consistency@v1\nold-size 600\nold-root ");

		Checkpoint newer = ConsistencyProofFile.parse(text).verify(trustedOld, this.trusted);
		assertThat(newer.treeSize()).isEqualTo(1000);

		// a proof for another starting point is refused before any hashing
		Checkpoint other = Checkpoint.open(checkpoint(599), ORIGIN, this.trusted);
		assertThatThrownBy(() -> ConsistencyProofFile.parse(text).verify(other, this.trusted))
			.isInstanceOf(ProofFileException.class)
			.hasMessageContaining("not from the checkpoint held");
	}

	@Test
	void aRewrittenLogCannotProduceAValidConsistencyFile() {
		Checkpoint trustedOld = Checkpoint.open(checkpoint(600), ORIGIN, this.trusted);
		MerkleLog rewritten = new MerkleLog(new InMemoryTileStore());
		for (int i = 0; i < 1000; i++) {
			rewritten
				.appendEntry((i == 17) ? "{\"seq\":17,\"edited\":true}".getBytes(StandardCharsets.UTF_8) : entry(i));
		}
		String newCheckpoint = new Checkpoint(ORIGIN, 1000, rewritten.root()).sign(this.signer);
		// even claiming the kept root, the path cannot reach both roots
		String forged = ConsistencyProofFile
			.of(rewritten.consistencyProof(600, 1000), trustedOld.rootHash(), newCheckpoint)
			.format();
		assertThatThrownBy(() -> ConsistencyProofFile.parse(forged).verify(trustedOld, this.trusted))
			.isInstanceOf(ProofFileException.class)
			.hasMessageContaining("consistency proof rejected");
	}

	@Test
	void malformedFilesAreRejectedWithAReason() {
		String good = InclusionProofFile.of(this.log.inclusionProof(5, 1000), checkpoint(1000)).format();
		assertThatThrownBy(() -> InclusionProofFile.parse(good.replace("c2sp.org/tlog-proof@v1", "tlog-proof")))
			.isInstanceOf(ProofFileException.class)
			.hasMessageContaining("first line");
		assertThatThrownBy(() -> InclusionProofFile.parse(good.replace("index 5", "index 05")))
			.hasMessageContaining("leading zeros");
		assertThatThrownBy(() -> InclusionProofFile.parse(good.replace("index 5", "idx 5")))
			.hasMessageContaining("index");
		String shortHash = good.replaceFirst("\nindex 5\n[^\n]+\n", "\nindex 5\nV3JvbmdSb290\n");
		assertThatThrownBy(() -> InclusionProofFile.parse(shortHash)).hasMessageContaining("hash");
		assertThatThrownBy(() -> InclusionProofFile.parse("c2sp.org/tlog-proof@v1\nindex 5\n"))
			.hasMessageContaining("end of file");
		Hash leaf = MerkleHashing.leafHash(entry(5));
		String dropped = good.replaceFirst("\nindex 5\n[^\n]+\n", "\nindex 5\n");
		assertThatThrownBy(() -> InclusionProofFile.parse(dropped).verify(leaf, ORIGIN, this.trusted))
			.hasMessageContaining("inclusion proof rejected");
	}

}
