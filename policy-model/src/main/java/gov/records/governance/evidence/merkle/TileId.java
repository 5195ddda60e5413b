package gov.records.governance.evidence.merkle;

/**
 * The address of a tile as in C2SP tlog-tiles: {@code level} 0 holds leaf hashes, level
 * {@code l > 0} holds the roots of full tiles of level {@code l - 1}; {@code index}
 * counts tiles within the level from 0.
 */
public record TileId(int level, long index) {

	/** Hashes in a full tile. */
	public static final int WIDTH = 256;

	/** Tree levels one tile spans ({@code 256 = 2^8}). */
	public static final int HEIGHT = 8;

	public TileId {
		if (level < 0 || level > 63) {
			throw new IllegalArgumentException("tile level out of range: " + level);
		}
		if (index < 0) {
			throw new IllegalArgumentException("negative tile index: " + index);
		}
	}

	/**
	 * The path of this tile below a tlog-tiles prefix, such as
	 * {@code tile/0/x001/x234/067} or, for a partial tile,
	 * {@code tile/0/x001/x234/067.p/12}.
	 */
	public String path(int width) {
		StringBuilder digits = new StringBuilder();
		long rest = this.index;
		String element = String.format("%03d", rest % 1000);
		digits.insert(0, element);
		rest /= 1000;
		while (rest > 0) {
			digits.insert(0, "x" + String.format("%03d", rest % 1000) + "/");
			rest /= 1000;
		}
		String path = "tile/" + this.level + "/" + digits;
		return (width == WIDTH) ? path : path + ".p/" + width;
	}

}
