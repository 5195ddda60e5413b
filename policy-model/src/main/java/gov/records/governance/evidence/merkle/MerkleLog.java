package gov.records.governance.evidence.merkle;

import java.util.List;

/**
 * An append-only RFC 9162 Merkle log kept as C2SP tlog-tiles in a {@link TileStore}.
 * Appending writes only the right-edge tiles; a root of any size, an inclusion proof or a
 * consistency proof reads O(log n) tiles (at most two per tile level), never the whole
 * log. Not thread-safe for writers: the caller serializes appends.
 */
public final class MerkleLog {

	private final TileStore store;

	public MerkleLog(TileStore store) {
		this.store = store;
	}

	/** The number of leaves. */
	public long size() {
		return this.store.treeSize();
	}

	/** Appends one entry (hashed as a leaf) and returns its index. */
	public long appendEntry(byte[] entry) {
		return append(MerkleHashing.leafHash(entry));
	}

	/** Appends one leaf hash ({@link MerkleHashing#leafHash}) and returns its index. */
	public long append(Hash leafHash) {
		return appendAll(List.of(leafHash));
	}

	/**
	 * Appends leaf hashes in order, in one store commit, and returns the index of the
	 * first.
	 */
	public long appendAll(List<Hash> leafHashes) {
		return TileAppender.append(this.store, leafHashes);
	}

	/** The root hash of the whole log as it is now. */
	public Hash root() {
		return root(size());
	}

	/** The root hash of the first {@code treeSize} leaves. */
	public Hash root(long treeSize) {
		requireSize(treeSize);
		return (treeSize == 0) ? MerkleHashing.emptyRoot() : new TileReader(this.store).range(0, treeSize);
	}

	/** The leaf hash at {@code index}. */
	public Hash leafHash(long index) {
		if (index < 0 || index >= size()) {
			throw new IllegalArgumentException("no leaf " + index + " in a log of size " + size());
		}
		return new TileReader(this.store).subtree(0, index);
	}

	/** The inclusion proof of leaf {@code index} in the tree of size {@code treeSize}. */
	public InclusionProof inclusionProof(long index, long treeSize) {
		requireSize(treeSize);
		if (index < 0 || index >= treeSize) {
			throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + treeSize);
		}
		List<Hash> path = new ProofBuilder(new TileReader(this.store)).inclusion(index, treeSize);
		return new InclusionProof(index, treeSize, path);
	}

	/** The consistency proof from the tree of size {@code oldSize} to {@code newSize}. */
	public ConsistencyProof consistencyProof(long oldSize, long newSize) {
		requireSize(newSize);
		if (oldSize < 0 || oldSize > newSize) {
			throw new IllegalArgumentException("sizes out of order: " + oldSize + " -> " + newSize);
		}
		List<Hash> path = new ProofBuilder(new TileReader(this.store)).consistency(oldSize, newSize);
		return new ConsistencyProof(oldSize, newSize, path);
	}

	private void requireSize(long treeSize) {
		long size = size();
		if (treeSize < 0 || treeSize > size) {
			throw new IllegalArgumentException("tree size " + treeSize + " is beyond the log's size " + size);
		}
	}

}
