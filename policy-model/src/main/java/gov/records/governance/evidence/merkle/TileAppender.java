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

	/** How many leaves this batch appends: an upper bound on any tile's growth. */
	private final int batch;

	private TileAppender(TileStore store, int batch) {
		this.store = store;
		this.batch = batch;
	}

	/** Appends the leaf hashes in order and returns the index of the first one. */
	static long append(TileStore store, List<Hash> leafHashes) {
		long first = store.treeSize();
		if (leafHashes.isEmpty()) {
			return first;
		}
		TileAppender appender = new TileAppender(store, leafHashes.size());
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
		// room for what is stored plus what this batch can add, at most a full tile: one
		// append copies the stored edge once instead of filling a 8 KB buffer
		int capacity = Math.min(TileId.WIDTH, offset + this.batch) * Hash.SIZE;
		EdgeTile tile = new EdgeTile(capacity);
		if (offset > 0) {
			byte[] stored = this.store.read(id)
				.map(Tile::bytes)
				.orElseThrow(() -> new IllegalStateException("missing right-edge tile " + id));
			System.arraycopy(stored, 0, tile.buffer, 0, Math.min(stored.length, capacity));
			tile.width = stored.length / Hash.SIZE;
		}
		return tile;
	}

	/** A right-edge tile being filled. */
	private static final class EdgeTile {

		private final byte[] buffer;

		private int width;

		EdgeTile(int capacity) {
			this.buffer = new byte[capacity];
		}

		/**
		 * The hashes so far: the buffer itself when it is exactly filled (the usual
		 * case).
		 */
		byte[] bytes() {
			int length = this.width * Hash.SIZE;
			return (length == this.buffer.length) ? this.buffer : Arrays.copyOf(this.buffer, length);
		}

	}

}
