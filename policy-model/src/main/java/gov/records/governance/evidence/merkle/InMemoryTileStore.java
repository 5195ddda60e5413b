package gov.records.governance.evidence.merkle;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TileStore} in a map: for tests, and for logs that are rebuilt on start. Checks
 * the store contract on every commit: tiles only grow and full tiles never change.
 */
public final class InMemoryTileStore implements TileStore {

	private final Map<TileId, Tile> tiles = new ConcurrentHashMap<>();

	private volatile long treeSize;

	@Override
	public long treeSize() {
		return this.treeSize;
	}

	@Override
	public Optional<Tile> read(TileId id) {
		return Optional.ofNullable(this.tiles.get(id));
	}

	@Override
	public synchronized void commit(long newTreeSize, Collection<Tile> changedTiles) {
		if (newTreeSize < this.treeSize) {
			throw new IllegalStateException("a log never shrinks: " + this.treeSize + " -> " + newTreeSize);
		}
		for (Tile tile : changedTiles) {
			Tile stored = this.tiles.get(tile.id());
			if (stored != null && (tile.width() < stored.width() || !tile.prefix(stored.width()).equalBytes(stored))) {
				throw new IllegalStateException("tiles only grow at the right edge: " + stored + " -> " + tile);
			}
		}
		for (Tile tile : changedTiles) {
			this.tiles.put(tile.id(), tile);
		}
		this.treeSize = newTreeSize;
	}

	/** Number of stored tile rows (tests compare it with the tlog-tiles layout). */
	public int tileCount() {
		return this.tiles.size();
	}

}
