package gov.records.governance.evidence.merkle;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends leaf hashes to a tiled tree: each hash goes into the right-edge tile of level
 * 0; a tile that becomes full contributes its root as the next hash of the level above.
 * One batch is one {@link TileStore#commit}, so a batch of b leaves rewrites about
 * {@code b / 256 + levels} tile rows.
 */
final class TileAppender {

	private final TileStore store;

	private final Map<TileId, EdgeTile> changed = new LinkedHashMap<>();

	private TileAppender(TileStore store) {
		this.store = store;
	}

	/** Appends the leaf hashes in order and returns the index of the first one. */
	static long append(TileStore store, List<Hash> leafHashes) {
		long first = store.treeSize();
		if (leafHashes.isEmpty()) {
			return first;
		}
		TileAppender appender = new TileAppender(store);
		long size = first;
		for (Hash leaf : leafHashes) {
			appender.put(0, size, leaf);
			size++;
		}
		store.commit(size,
				appender.changed.entrySet()
					.stream()
					.map((entry) -> Tile.wrap(entry.getKey(), entry.getValue().bytes()))
					.toList());
		return first;
	}

	/** Puts {@code hash} at position {@code position} of level {@code level}. */
	private void put(int level, long position, Hash hash) {
		TileId id = new TileId(level, position / TileId.WIDTH);
		int offset = (int) (position % TileId.WIDTH);
		EdgeTile tile = this.changed.computeIfAbsent(id, (key) -> loadEdge(key, offset));
		if (tile.width != offset) {
			throw new IllegalStateException("tile " + id + " has " + tile.width + " hashes, expected " + offset
					+ ": the store is out of step with its tree size");
		}
		hash.copyTo(tile.buffer, offset * Hash.SIZE);
		tile.width++;
		if (tile.width == TileId.WIDTH) {
			put(level + 1, id.index(), MerkleHashing.perfectSubtreeRoot(tile.buffer, 0, TileId.WIDTH));
		}
	}

	private EdgeTile loadEdge(TileId id, int offset) {
		EdgeTile tile = new EdgeTile();
		if (offset > 0) {
			byte[] stored = this.store.read(id)
				.map(Tile::toBytes)
				.orElseThrow(() -> new IllegalStateException("missing right-edge tile " + id));
			System.arraycopy(stored, 0, tile.buffer, 0, stored.length);
			tile.width = stored.length / Hash.SIZE;
		}
		return tile;
	}

	/** A right-edge tile being filled. */
	private static final class EdgeTile {

		private final byte[] buffer = new byte[TileId.WIDTH * Hash.SIZE];

		private int width;

		byte[] bytes() {
			return Arrays.copyOf(this.buffer, this.width * Hash.SIZE);
		}

	}

}
