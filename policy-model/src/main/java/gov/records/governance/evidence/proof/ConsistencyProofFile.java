package gov.records.governance.evidence.proof;

import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.checkpoint.NoteVerificationException;
import gov.records.governance.evidence.checkpoint.NoteVerifier;
import gov.records.governance.evidence.merkle.ConsistencyProof;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.InvalidProofException;
import gov.records.governance.evidence.merkle.ProofVerifier;
import java.util.Collection;
import java.util.List;

/**
 * An offline proof that the log only grew between a checkpoint the inspector kept and a
 * newer one: no entry of the old tree was changed, removed or reordered. Text, in the
 * style of C2SP {@code tlog-proof} (there is no C2SP format for this; file extension
 * {@code .tlog-consistency}):
 *
 * <pre>
 * governance-console/tlog-consistency@v1
 * old-size &lt;size of the older checkpoint&gt;
 * old-root &lt;base64 root of the older checkpoint&gt;
 * &lt;base64 hash&gt;          one line per RFC 9162 consistency-proof hash
 * ...
 *
 * &lt;the newer signed checkpoint, verbatim&gt;
 * </pre>
 *
 * The {@code old-*} lines only say which checkpoint the proof starts from: a verifier
 * compares them with the older checkpoint it holds and trusts, never trusts them alone.
 *
 * @param oldSize the tree size of the older checkpoint
 * @param oldRoot its root hash
 * @param path the consistency proof
 * @param signedCheckpoint the newer checkpoint note, verbatim
 */
public record ConsistencyProofFile(long oldSize, Hash oldRoot, List<Hash> path, String signedCheckpoint) {

	/** The first line of every such file. */
	public static final String HEADER = "governance-console/tlog-consistency@v1";

	public ConsistencyProofFile {
		path = List.copyOf(path);
	}

	/** The file for {@code proof}, starting at the older checkpoint's root. */
	public static ConsistencyProofFile of(ConsistencyProof proof, Hash oldRoot, String newSignedCheckpoint) {
		return new ConsistencyProofFile(proof.oldSize(), oldRoot, proof.path(), newSignedCheckpoint);
	}

	public String format() {
		StringBuilder text = new StringBuilder(HEADER).append('\n')
			.append("old-size ")
			.append(this.oldSize)
			.append('\n')
			.append("old-root ")
			.append(this.oldRoot.toBase64())
			.append('\n');
		this.path.forEach((hash) -> text.append(hash.toBase64()).append('\n'));
		return text.append('\n').append(this.signedCheckpoint).toString();
	}

	/**
	 * Reads a consistency-proof file.
	 * @throws ProofFileException if it is malformed
	 */
	public static ConsistencyProofFile parse(String text) {
		ProofText lines = new ProofText(text);
		if (!HEADER.equals(lines.line())) {
			throw new ProofFileException("the first line must be " + HEADER);
		}
		long oldSize = ProofText.decimal(lines.required("old-size"));
		Hash oldRoot = ProofText.hash(lines.required("old-root"));
		List<Hash> path = lines.hashesUntilEmptyLine();
		return new ConsistencyProofFile(oldSize, oldRoot, path, lines.rest());
	}

	/**
	 * Verifies the newer checkpoint's signature and that it extends {@code trustedOld} (a
	 * checkpoint the caller verified earlier).
	 * @return the verified newer checkpoint
	 * @throws ProofFileException with the reason if it does not verify
	 */
	public Checkpoint verify(Checkpoint trustedOld, Collection<NoteVerifier> trusted) {
		if (trustedOld.treeSize() != this.oldSize || !trustedOld.rootHash().equals(this.oldRoot)) {
			throw new ProofFileException("the proof starts from size " + this.oldSize + " root " + this.oldRoot
					+ ", not from the checkpoint held (size " + trustedOld.treeSize() + ")");
		}
		Checkpoint newer;
		try {
			newer = Checkpoint.open(this.signedCheckpoint, trustedOld.origin(), trusted);
		}
		catch (NoteVerificationException ex) {
			throw new ProofFileException("newer checkpoint rejected: " + ex.getMessage(), ex);
		}
		try {
			ProofVerifier.checkConsistency(this.oldSize, newer.treeSize(), this.path, this.oldRoot, newer.rootHash());
		}
		catch (InvalidProofException ex) {
			throw new ProofFileException("consistency proof rejected: " + ex.getMessage(), ex);
		}
		return newer;
	}

}
