package gov.records.governance.audit;

import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.MerkleHashing;
import gov.records.governance.evidence.merkle.Tile;
import gov.records.governance.evidence.merkle.TileId;
import gov.records.governance.evidence.merkle.TileStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit log's Merkle tiles: full tiles and the right edge of the upper levels are
 * rows ({@link TileRows}), but the right-edge tile of level 0 is not stored. Its hashes
 * are the leaf hashes of the newest events (at most 255), which the log holds anyway: a
 * read derives them from those events' stored hashes with one indexed range read. An
 * append therefore writes a tile row only once every 256 events, when a level-0 tile
 * fills, instead of rewriting up to 8 KB of hashes each time; and the tree's size is the
 * number of events, so it is not written either (DD008). Full tiles never change; a proof
 * still costs a few reads by id, never a pass over the log.
 */
@Component
public class AuditTileStore implements TileStore {

	/**
	 * The leaf that stands in for an event whose hash is lost with it (the leaf hash of
	 * 32 zero bytes).
	 */
	static final Hash MISSING = MerkleHashing.leafHash(new byte[Hash.SIZE]);

	private final TileRows rows;

	private final JdbcTemplate jdbc;

	private final AuditChainAlarm alarm;

	/** Public so that the benchmark can build a large log in a scratch database. */
	public AuditTileStore(JdbcTemplate jdbc) {
		this(jdbc, new AuditChainAlarm());
	}

	@Autowired
	AuditTileStore(JdbcTemplate jdbc, AuditChainAlarm alarm) {
		this.rows = new TileRows(jdbc);
		this.jdbc = jdbc;
		this.alarm = alarm;
	}

	/**
	 * The number of events: leaf {@code i} is event {@code seq = i + 1}, appended to the
	 * tree in the same transaction as the event.
	 */
	@Override
	public long treeSize() {
		Long size = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		return (size != null) ? size : 0;
	}

	@Override
	public Optional<Tile> read(TileId id) {
		Optional<Tile> stored = this.rows.read(id);
		if (id.level() != 0 || stored.map(Tile::isFull).orElse(false)) {
			return stored;
		}
		// the events are the truth (a partial row left by an earlier version is out of
		// date): the tile holds as many leaves as there are events in its range. An event
		// deleted from the database is an alarm, not an outage: its hash is the next
		// event's prev_hash, and where that is gone too a fixed filler stands in (the
		// root is then wrong, but no checkpoint is signed while the chain is broken), so
		// appends go on
		long first = id.index() * TileId.WIDTH;
		List<Hash> leaves = new ArrayList<>();
		this.jdbc.query("select seq, hash, prev_hash from audit_event where seq > ? and seq <= ? order by seq",
				(rs) -> {
					long seq = rs.getLong(1);
					long expected = first + leaves.size() + 1;
					if (seq != expected) {
						this.alarm.raise(expected, "event #" + expected + " is missing from the database"
								+ ((seq - expected > 1) ? " (and the events up to #" + (seq - 1) + ")" : ""));
						while (first + leaves.size() + 1 < seq - 1) {
							leaves.add(MISSING);
						}
						leaves.add(MerkleHashing.leafHash(HexFormat.of().parseHex(rs.getString(3))));
					}
					leaves.add(MerkleHashing.leafHash(HexFormat.of().parseHex(rs.getString(2))));
				}, first, first + TileId.WIDTH);
		if (leaves.isEmpty()) {
			return Optional.empty();
		}
		byte[] bytes = new byte[leaves.size() * Hash.SIZE];
		for (int i = 0; i < leaves.size(); i++) {
			System.arraycopy(leaves.get(i).toBytes(), 0, bytes, i * Hash.SIZE, Hash.SIZE);
		}
		return Optional.of(Tile.of(id, bytes));
	}

	/**
	 * Writes the changed tiles except a partial one of level 0. The new size needs no
	 * write: it is the number of events, and the caller appends to the tree before it
	 * inserts the event, so that the size read before the append does not count it.
	 */
	@Override
	public void commit(long newTreeSize, Collection<Tile> changedTiles) {
		this.rows.write(changedTiles.stream().filter((tile) -> tile.id().level() != 0 || tile.isFull()).toList());
	}

}
