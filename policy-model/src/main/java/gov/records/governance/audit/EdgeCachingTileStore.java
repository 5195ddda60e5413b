package gov.records.governance.audit;

import gov.records.governance.evidence.merkle.Tile;
import gov.records.governance.evidence.merkle.TileId;
import gov.records.governance.evidence.merkle.TileStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The audit log's tile store as its single appender sees it: the committed tree size and
 * the right-edge (partial) tiles it last wrote are kept in memory, so an append reads
 * nothing back from the database before it writes. Like the chain's head in
 * {@link AuditService}, whose lock serializes all appends, the cache is forgotten when an
 * append's transaction rolls back. Full tiles and other readers go to the store.
 */
final class EdgeCachingTileStore implements TileStore {

	private final TileStore store;

	private final Map<TileId, Tile> edges = new HashMap<>();

	private @Nullable Long size;

	EdgeCachingTileStore(TileStore store) {
		this.store = store;
	}

	@Override
	public long treeSize() {
		Long known = this.size;
		if (known == null) {
			known = this.store.treeSize();
			this.size = known;
		}
		return known;
	}

	@Override
	public Optional<Tile> read(TileId id) {
		Tile edge = this.edges.get(id);
		return (edge != null) ? Optional.of(edge) : this.store.read(id);
	}

	@Override
	public void commit(long newTreeSize, Collection<Tile> changedTiles) {
		this.store.commit(newTreeSize, changedTiles);
		this.size = newTreeSize;
		for (Tile tile : changedTiles) {
			if (tile.width() < TileId.WIDTH) {
				this.edges.put(tile.id(), tile);
			}
			else {
				this.edges.remove(tile.id());
			}
		}
	}

	/** Forgets everything (after a rollback): the next append reads the store again. */
	void forget() {
		this.size = null;
		this.edges.clear();
	}

}
