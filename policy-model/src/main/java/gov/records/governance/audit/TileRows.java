package gov.records.governance.audit;

import gov.records.governance.evidence.merkle.Tile;
import gov.records.governance.evidence.merkle.TileId;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of {@code audit_tile}: one per tile, read by id, written in the caller's
 * transaction. A row is replaced only while its tile is partial (the audit service is the
 * only writer and appends under its lock); full tiles are never rewritten.
 */
final class TileRows {

	private final JdbcTemplate jdbc;

	TileRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Tile> read(TileId id) {
		List<String> hashes = this.jdbc.queryForList(
				"select hashes from audit_tile where tile_level = ? and tile_index = ?", String.class, id.level(),
				id.index());
		return hashes.isEmpty() ? Optional.empty()
				: Optional.of(Tile.of(id, Base64.getDecoder().decode(hashes.get(0))));
	}

	/** Writes the tiles, replacing partial rows. */
	void write(Collection<Tile> tiles) {
		for (Tile tile : tiles) {
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
