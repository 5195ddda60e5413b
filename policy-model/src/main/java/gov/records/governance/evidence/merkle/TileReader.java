package gov.records.governance.evidence.merkle;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads Merkle tree hashes out of tiles for one operation (one root, one proof). Each
 * tile is read from the store at most once per operation, and every hash the RFC 9162
 * algorithms need comes from the tile row that holds it, so an operation on a tree of
 * size n reads at most two tiles per tile level: the tiles on the path of the leaf in
 * question and the tiles on the right edge of the tree.
 */
final class TileReader {

	private final TileStore store;

	private final Map<TileId, Tile> cache = new HashMap<>();

	TileReader(TileStore store) {
		this.store = store;
	}

	/**
	 * {@code MTH(D[start:end])} for a range as the RFC 9162 recursion produces it: the
	 * range starts at a multiple of the largest power of two not above its length.
	 */
	Hash range(long start, long end) {
		long length = end - start;
		if (length <= 0) {
			throw new IllegalArgumentException("empty range " + start + ".." + end);
		}
		if (Long.bitCount(length) == 1) {
			int height = Long.numberOfTrailingZeros(length);
			if (start % length != 0) {
				throw new IllegalArgumentException("unaligned subtree " + start + ".." + end);
			}
			return subtree(height, start >>> height);
		}
		long split = Long.highestOneBit(length);
		return MerkleHashing.nodeHash(range(start, start + split), range(start + split, end));
	}

	/**
	 * The root of the perfect subtree of height {@code height} (2^height leaves) that is
	 * the {@code index}-th of its height, counting from the left.
	 */
	Hash subtree(int height, long index) {
		int level = height / TileId.HEIGHT;
		int below = height % TileId.HEIGHT;
		long first = index << below;
		int count = 1 << below;
		TileId id = new TileId(level, first / TileId.WIDTH);
		int offset = (int) (first % TileId.WIDTH);
		Tile tile = tile(id);
		if (tile.width() < offset + count) {
			throw new IllegalStateException(
					"the store is behind its tree size: " + tile + " lacks hashes up to " + (offset + count));
		}
		if (count == 1) {
			return tile.hash(offset);
		}
		return MerkleHashing.perfectSubtreeRoot(tile.bytes(), offset * Hash.SIZE, count);
	}

	private Tile tile(TileId id) {
		Tile tile = this.cache.get(id);
		if (tile == null) {
			tile = this.store.read(id)
				.orElseThrow(() -> new IllegalStateException("the store is behind its tree size: no tile " + id));
			this.cache.put(id, tile);
		}
		return tile;
	}

}
