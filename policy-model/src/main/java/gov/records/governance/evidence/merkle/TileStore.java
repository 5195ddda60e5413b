package gov.records.governance.evidence.merkle;

import java.util.Collection;
import java.util.Optional;

/**
 * Where the tiles of one log live (in memory for tests, a database table in the audit
 * feature: one row per tile keyed by level and index, holding the hash bytes). The store
 * also holds the committed tree size, so that size and tiles change together.
 *
 * <p>
 * Contract:
 * <ul>
 * <li>{@link #read} returns the tile as last committed, or empty if it was never written;
 * callers never scan: every root or proof reads O(log n) tiles by id.</li>
 * <li>{@link #commit} writes all given tiles and the new size atomically (one
 * transaction), replacing the stored row of each tile. Only the right edge changes: a
 * given tile is never narrower than the stored one, and a full tile is never rewritten
 * with different bytes. Implementations may check this.</li>
 * <li>One writer at a time: the caller serializes appends (a lock or a
 * {@code select ... for update} on the size row).</li>
 * </ul>
 */
public interface TileStore {

	/** The number of leaves committed so far. */
	long treeSize();

	/** The stored tile with this id, at its current width. */
	Optional<Tile> read(TileId id);

	/** Replaces the given tiles and sets the tree size, all or nothing. */
	void commit(long newTreeSize, Collection<Tile> changedTiles);

}
