package gov.records.governance.evidence.merkle;

import java.util.Collection;
import java.util.Optional;

/** A store that counts tile reads, to show that proofs never walk the log. */
final class CountingTileStore implements TileStore {

	private final TileStore delegate;

	private long reads;

	CountingTileStore(TileStore delegate) {
		this.delegate = delegate;
	}

	@Override
	public long treeSize() {
		return this.delegate.treeSize();
	}

	@Override
	public Optional<Tile> read(TileId id) {
		this.reads++;
		return this.delegate.read(id);
	}

	@Override
	public void commit(long newTreeSize, Collection<Tile> changedTiles) {
		this.delegate.commit(newTreeSize, changedTiles);
	}

	long readsSinceLastCall() {
		long count = this.reads;
		this.reads = 0;
		return count;
	}

}
