package gov.records.governance.evidence.merkle;

import java.util.List;

/**
 * That the tree of size {@code oldSize} is a prefix of the tree of size {@code newSize}:
 * the node hashes of RFC 9162 section 2.1.4.
 */
public record ConsistencyProof(long oldSize, long newSize, List<Hash> path) {

	public ConsistencyProof {
		path = List.copyOf(path);
	}

	/** Whether the proof links {@code oldRoot} to {@code newRoot}. */
	public boolean verify(Hash oldRoot, Hash newRoot) {
		try {
			ProofVerifier.checkConsistency(this.oldSize, this.newSize, this.path, oldRoot, newRoot);
			return true;
		}
		catch (InvalidProofException ex) {
			return false;
		}
	}

}
