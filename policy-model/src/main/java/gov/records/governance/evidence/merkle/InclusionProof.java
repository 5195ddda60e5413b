package gov.records.governance.evidence.merkle;

import java.util.List;

/**
 * That leaf {@code index} is in the tree of size {@code treeSize}: the audit path of RFC
 * 9162 section 2.1.3, from the leaf's sibling up to the root's child.
 */
public record InclusionProof(long index, long treeSize, List<Hash> path) {

	public InclusionProof {
		path = List.copyOf(path);
	}

	/** Whether {@code leafHash} at {@link #index} leads to {@code root}. */
	public boolean verify(Hash leafHash, Hash root) {
		try {
			ProofVerifier.checkInclusion(this.index, this.treeSize, leafHash, this.path, root);
			return true;
		}
		catch (InvalidProofException ex) {
			return false;
		}
	}

}
