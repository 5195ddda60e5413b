package gov.records.governance.evidence.merkle;

import java.util.Arrays;

/**
 * One stored tile: between 1 and 256 consecutive hashes of one level, 32 bytes each. A
 * tile with fewer than 256 hashes is the partial tile at the right edge of the tree; it
 * is rewritten wider as the log grows, and never changes once full. A store keeps one row
 * per {@link TileId}: the widest version it was given.
 */
public final class Tile {

	private final TileId id;

	private final byte[] hashes;

	private Tile(TileId id, byte[] hashes) {
		if (hashes.length == 0 || hashes.length % Hash.SIZE != 0 || hashes.length > TileId.WIDTH * Hash.SIZE) {
			throw new IllegalArgumentException(
					"a tile holds 1 to 256 hashes of 32 bytes, not " + hashes.length + " bytes");
		}
		this.id = id;
		this.hashes = hashes;
	}

	/** A tile from its stored bytes (copied): the concatenated hashes. */
	public static Tile of(TileId id, byte[] hashes) {
		return new Tile(id, hashes.clone());
	}

	static Tile wrap(TileId id, byte[] hashes) {
		return new Tile(id, hashes);
	}

	public TileId id() {
		return this.id;
	}

	/** The number of hashes, 1 to 256. */
	public int width() {
		return this.hashes.length / Hash.SIZE;
	}

	public boolean isFull() {
		return width() == TileId.WIDTH;
	}

	public Hash hash(int position) {
		if (position < 0 || position >= width()) {
			throw new IndexOutOfBoundsException("position " + position + " in a tile of width " + width());
		}
		return Hash.of(this.hashes, position * Hash.SIZE);
	}

	/** The concatenated hashes as stored (a copy). */
	public byte[] toBytes() {
		return this.hashes.clone();
	}

	byte[] bytes() {
		return this.hashes;
	}

	boolean equalBytes(Tile other) {
		return java.security.MessageDigest.isEqual(this.hashes, other.hashes);
	}

	/**
	 * The tile cut to its first {@code width} hashes: what the tree of an older size saw.
	 */
	public Tile prefix(int width) {
		if (width == width()) {
			return this;
		}
		return new Tile(this.id, Arrays.copyOf(this.hashes, width * Hash.SIZE));
	}

	@Override
	public String toString() {
		return "Tile" + this.id + " width " + width();
	}

}
