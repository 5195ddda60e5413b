package gov.records.governance.audit;

import gov.records.governance.evidence.merkle.Tile;
import gov.records.governance.evidence.merkle.TileId;
import gov.records.governance.evidence.merkle.TileStore;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log's Merkle tiles in the database ({@code audit_tile}, {@code audit_tree}):
 * one row per tile, read by id, written in the caller's transaction together with the
 * tree size. Full tiles are never rewritten (the audit service is the only writer and
 * appends under its lock). The audit feature uses it through {@link AuditTileStore},
 * which stores no partial tile of level 0. Public so that the benchmark can build a large
 * log in a scratch schema.
 */
public class JdbcTileStore implements TileStore {

	private final JdbcTemplate jdbc;

	public JdbcTileStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long treeSize() {
		Long size = this.jdbc.queryForObject("select tree_size from audit_tree where id = 1", Long.class);
		return (size != null) ? size : 0;
	}

	@Override
	public Optional<Tile> read(TileId id) {
		List<String> hashes = this.jdbc.queryForList(
				"select hashes from audit_tile where tile_level = ? and tile_index = ?", String.class, id.level(),
				id.index());
		return hashes.isEmpty() ? Optional.empty()
				: Optional.of(Tile.of(id, Base64.getDecoder().decode(hashes.get(0))));
	}

	@Override
	public void commit(long newTreeSize, Collection<Tile> changedTiles) {
		write(changedTiles);
		this.jdbc.update("update audit_tree set tree_size = ? where id = 1", newTreeSize);
	}

	/** Writes the tiles (replacing partial rows) without touching the tree size. */
	void write(Collection<Tile> changedTiles) {
		for (Tile tile : changedTiles) {
			String hashes = Base64.getEncoder().encodeToString(tile.toBytes());
			int updated = this.jdbc.update(
					"update audit_tile set width = ?, hashes = ? where tile_level = ? and tile_index = ? and width < 256",
					tile.width(), hashes, tile.id().level(), tile.id().index());
			if (updated == 0) {
				this.jdbc.update("insert into audit_tile (tile_level, tile_index, width, hashes) values (?, ?, ?, ?)",
						tile.id().level(), tile.id().index(), tile.width(), hashes);
			}
		}
	}

}
