package gov.records.governance.evidence.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Stand-alone verification of RFC 9162 proofs: needs nothing but the proof, the sizes and
 * the hashes, never the log. Follows the algorithms of sections 2.1.3.2 (inclusion) and
 * 2.1.4.2 (consistency) step by step, plus the edge cases the RFC leaves to the caller
 * (equal sizes, size 0), treated as in the transparency-dev/merkle Go verifier.
 */
public final class ProofVerifier {

	private ProofVerifier() {
	}

	/**
	 * Checks that {@code leafHash} is the leaf at {@code index} of the tree of size
	 * {@code treeSize} whose root is {@code root}.
	 * @throws InvalidProofException if it is not, with the reason
	 */
	public static void checkInclusion(long index, long treeSize, Hash leafHash, List<Hash> proof, Hash root) {
		if (index < 0 || index >= treeSize) {
			throw new InvalidProofException("leaf index " + index + " is not in a tree of size " + treeSize);
		}
		long fn = index;
		long sn = treeSize - 1;
		Hash r = leafHash;
		for (Hash p : proof) {
			if (sn == 0) {
				throw new InvalidProofException("the proof is longer than the path to the root");
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = MerkleHashing.nodeHash(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				r = MerkleHashing.nodeHash(r, p);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		if (sn != 0) {
			throw new InvalidProofException("the proof is shorter than the path to the root");
		}
		if (!r.equals(root)) {
			throw new InvalidProofException("the proof leads to root " + r + ", not " + root);
		}
	}

	/**
	 * Checks that the tree of size {@code oldSize} with root {@code oldRoot} is a prefix
	 * of the tree of size {@code newSize} with root {@code newRoot}.
	 * @throws InvalidProofException if it is not, with the reason
	 */
	public static void checkConsistency(long oldSize, long newSize, List<Hash> proof, Hash oldRoot, Hash newRoot) {
		if (oldSize < 0 || newSize < oldSize) {
			throw new InvalidProofException("sizes out of order: " + oldSize + " -> " + newSize);
		}
		if (oldSize == newSize) {
			if (!proof.isEmpty()) {
				throw new InvalidProofException("equal sizes need an empty proof");
			}
			if (!oldRoot.equals(newRoot)) {
				throw new InvalidProofException("equal sizes but different roots");
			}
			return;
		}
		if (oldSize == 0) {
			if (!proof.isEmpty()) {
				throw new InvalidProofException("a proof from the empty tree must be empty");
			}
			if (!oldRoot.equals(MerkleHashing.emptyRoot())) {
				throw new InvalidProofException("the root of the empty tree is SHA-256 of nothing");
			}
			return;
		}
		// 2.1.4.2 step 1
		if (proof.isEmpty()) {
			throw new InvalidProofException("empty consistency proof");
		}
		// step 2
		List<Hash> path = proof;
		if (Long.bitCount(oldSize) == 1) {
			path = new ArrayList<>(proof.size() + 1);
			path.add(oldRoot);
			path.addAll(proof);
		}
		// steps 3 and 4
		long fn = oldSize - 1;
		long sn = newSize - 1;
		while ((fn & 1) == 1) {
			fn >>>= 1;
			sn >>>= 1;
		}
		// step 5
		Hash fr = path.get(0);
		Hash sr = path.get(0);
		// step 6
		for (Hash c : path.subList(1, path.size())) {
			if (sn == 0) {
				throw new InvalidProofException("the proof is longer than the path to the new root");
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = MerkleHashing.nodeHash(c, fr);
				sr = MerkleHashing.nodeHash(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				sr = MerkleHashing.nodeHash(sr, c);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		// step 7
		if (sn != 0) {
			throw new InvalidProofException("the proof is shorter than the path to the new root");
		}
		if (!fr.equals(oldRoot)) {
			throw new InvalidProofException("the proof does not lead to the old root " + oldRoot);
		}
		if (!sr.equals(newRoot)) {
			throw new InvalidProofException("the proof does not lead to the new root " + newRoot);
		}
	}

}
