package gov.records.governance.evidence.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the proofs of RFC 9162 sections 2.1.3.1 (inclusion) and 2.1.4.1 (consistency)
 * from tiles. The recursion follows the RFC text; each hash it needs is one
 * {@link TileReader} lookup, so a proof costs O(log n) tile reads.
 */
final class ProofBuilder {

	private final TileReader tiles;

	ProofBuilder(TileReader tiles) {
		this.tiles = tiles;
	}

	/**
	 * {@code PATH(m, D[n])}: the audit path of leaf {@code index} in a tree of size n.
	 */
	List<Hash> inclusion(long index, long size) {
		List<Hash> path = new ArrayList<>();
		path(index, 0, size, path);
		return path;
	}

	/** {@code PROOF(m, D[n])}: the consistency proof between sizes m and n. */
	List<Hash> consistency(long oldSize, long newSize) {
		List<Hash> proof = new ArrayList<>();
		if (0 < oldSize && oldSize < newSize) {
			subproof(oldSize, 0, newSize, true, proof);
		}
		return proof;
	}

	/** PATH(m, D[start:end]), appending to {@code path} from the leaf upwards. */
	private void path(long m, long start, long end, List<Hash> path) {
		long n = end - start;
		if (n <= 1) {
			return;
		}
		long k = largestPowerOfTwoBelow(n);
		if (m < k) {
			path(m, start, start + k, path);
			path.add(this.tiles.range(start + k, end));
		}
		else {
			path(m - k, start + k, end, path);
			path.add(this.tiles.range(start, start + k));
		}
	}

	/** SUBPROOF(m, D[start:end], b). */
	private void subproof(long m, long start, long end, boolean completeSubtree, List<Hash> proof) {
		long n = end - start;
		if (m == n) {
			if (!completeSubtree) {
				proof.add(this.tiles.range(start, end));
			}
			return;
		}
		long k = largestPowerOfTwoBelow(n);
		if (m <= k) {
			subproof(m, start, start + k, completeSubtree, proof);
			proof.add(this.tiles.range(start + k, end));
		}
		else {
			subproof(m - k, start + k, end, false, proof);
			proof.add(this.tiles.range(start, start + k));
		}
	}

	/** The largest power of two strictly smaller than {@code n} (n > 1). */
	static long largestPowerOfTwoBelow(long n) {
		return Long.highestOneBit(n - 1);
	}

}
