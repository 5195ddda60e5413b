package gov.records.governance.evidence.proof;

import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.checkpoint.NoteVerificationException;
import gov.records.governance.evidence.checkpoint.NoteVerifier;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.InclusionProof;
import gov.records.governance.evidence.merkle.InvalidProofException;
import gov.records.governance.evidence.merkle.ProofVerifier;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An offline proof that one entry is in the log, in the C2SP {@code tlog-proof@v1} format
 * (file extension {@code .tlog-proof}):
 *
 * <pre>
 * c2sp.org/tlog-proof@v1
 * [extra &lt;base64 opaque data&gt;]
 * index &lt;zero-based leaf index&gt;
 * &lt;base64 hash&gt;          one line per audit-path hash, leaf's sibling first
 * ...
 *
 * &lt;the signed checkpoint, verbatim&gt;
 * </pre>
 *
 * The checkpoint's size is the tree size of the proof. A verifier computes the leaf hash
 * from the entry ({@code SHA-256(0x00 || entry)}), checks the checkpoint's signature with
 * the published verifier key, then the path against the checkpoint's root.
 *
 * @param index the leaf index
 * @param path the inclusion path
 * @param signedCheckpoint the checkpoint note, verbatim
 * @param extra optional opaque base64 data, not authenticated
 */
public record InclusionProofFile(long index, List<Hash> path, String signedCheckpoint, @Nullable String extra) {

	/** The first line of every such file. */
	public static final String HEADER = "c2sp.org/tlog-proof@v1";

	public InclusionProofFile {
		path = List.copyOf(path);
	}

	/** The proof of {@code proof} against the checkpoint of the same tree size. */
	public static InclusionProofFile of(InclusionProof proof, String signedCheckpoint) {
		return new InclusionProofFile(proof.index(), proof.path(), signedCheckpoint, null);
	}

	public String format() {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		if (this.extra != null) {
			text.append("extra ").append(this.extra).append('\n');
		}
		text.append("index ").append(this.index).append('\n');
		this.path.forEach((hash) -> text.append(hash.toBase64()).append('\n'));
		return text.append('\n').append(this.signedCheckpoint).toString();
	}

	/**
	 * Reads a proof file.
	 * @throws ProofFileException if it is malformed
	 */
	public static InclusionProofFile parse(String text) {
		ProofText lines = new ProofText(text);
		if (!HEADER.equals(lines.line())) {
			throw new ProofFileException("the first line must be " + HEADER);
		}
		String extra = lines.optional("extra");
		long index = ProofText.decimal(lines.required("index"));
		List<Hash> path = lines.hashesUntilEmptyLine();
		return new InclusionProofFile(index, path, lines.rest(), extra);
	}

	/**
	 * Verifies that the entry with {@code leafHash} is at {@link #index} of the log
	 * {@code origin} as of the checkpoint, signed by one of the trusted keys.
	 * @return the verified checkpoint
	 * @throws ProofFileException with the reason if it does not verify
	 */
	public Checkpoint verify(Hash leafHash, String origin, Collection<NoteVerifier> trusted) {
		Checkpoint checkpoint;
		try {
			checkpoint = Checkpoint.open(this.signedCheckpoint, origin, trusted);
		}
		catch (NoteVerificationException ex) {
			throw new ProofFileException("checkpoint rejected: " + ex.getMessage(), ex);
		}
		try {
			ProofVerifier.checkInclusion(this.index, checkpoint.treeSize(), leafHash, this.path, checkpoint.rootHash());
		}
		catch (InvalidProofException ex) {
			throw new ProofFileException("inclusion proof rejected: " + ex.getMessage(), ex);
		}
		return checkpoint;
	}

}
