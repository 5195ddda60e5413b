package gov.records.governance.evidence.merkle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9162 section 2.1 written out literally over an in-memory list of leaf hashes: MTH,
 * PATH and PROOF as recursive definitions, O(n) per call. The tests hold the tiled
 * implementation against it.
 */
final class ReferenceTree {

	private final List<Hash> leaves;

	private final Map<Long, Hash> memo = new HashMap<>();

	ReferenceTree(List<Hash> leaves) {
		this.leaves = leaves;
	}

	Hash mth(int from, int to) {
		int n = to - from;
		if (n == 0) {
			return MerkleHashing.emptyRoot();
		}
		if (n == 1) {
			return this.leaves.get(from);
		}
		long key = ((long) from << 32) | to;
		Hash known = this.memo.get(key);
		if (known == null) {
			int k = Integer.highestOneBit(n - 1);
			known = MerkleHashing.nodeHash(mth(from, from + k), mth(from + k, to));
			this.memo.put(key, known);
		}
		return known;
	}

	List<Hash> path(int m, int from, int to) {
		int n = to - from;
		List<Hash> path = new ArrayList<>();
		if (n <= 1) {
			return path;
		}
		int k = Integer.highestOneBit(n - 1);
		if (m < k) {
			path.addAll(path(m, from, from + k));
			path.add(mth(from + k, to));
		}
		else {
			path.addAll(path(m - k, from + k, to));
			path.add(mth(from, from + k));
		}
		return path;
	}

	List<Hash> proof(int m, int n) {
		return (m == 0 || m == n) ? List.of() : subproof(m, 0, n, true);
	}

	private List<Hash> subproof(int m, int from, int to, boolean complete) {
		int n = to - from;
		List<Hash> proof = new ArrayList<>();
		if (m == n) {
			if (!complete) {
				proof.add(mth(from, to));
			}
			return proof;
		}
		int k = Integer.highestOneBit(n - 1);
		if (m <= k) {
			proof.addAll(subproof(m, from, from + k, complete));
			proof.add(mth(from + k, to));
		}
		else {
			proof.addAll(subproof(m - k, from + k, to, false));
			proof.add(mth(from, from + k));
		}
		return proof;
	}

}
