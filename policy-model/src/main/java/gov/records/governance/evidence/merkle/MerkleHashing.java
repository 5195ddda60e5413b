package gov.records.governance.evidence.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash functions of RFC 9162 section 2.1.1: {@code MTH({}) = SHA-256()}, leaves
 * {@code SHA-256(0x00 || d)}, interior nodes {@code SHA-256(0x01 || left || right)}. The
 * distinct prefixes keep a leaf from passing as an interior node.
 */
public final class MerkleHashing {

	private static final byte LEAF_PREFIX = 0x00;

	private static final byte NODE_PREFIX = 0x01;

	private MerkleHashing() {
	}

	/** The root of the empty tree: SHA-256 of no bytes. */
	public static Hash emptyRoot() {
		return Hash.of(sha256().digest());
	}

	/** The leaf hash of one log entry: {@code SHA-256(0x00 || entry)}. */
	public static Hash leafHash(byte[] entry) {
		MessageDigest digest = sha256();
		digest.update(LEAF_PREFIX);
		digest.update(entry);
		return Hash.of(digest.digest());
	}

	/** An interior node: {@code SHA-256(0x01 || left || right)}. */
	public static Hash nodeHash(Hash left, Hash right) {
		MessageDigest digest = sha256();
		digest.update(NODE_PREFIX);
		left.feed(digest);
		right.feed(digest);
		return Hash.of(digest.digest());
	}

	/**
	 * Hashes {@code count} consecutive 32-byte hashes starting at {@code offset} in
	 * {@code hashes} up into the root of the perfect subtree they are the bottom row of.
	 * {@code count} must be a power of two.
	 */
	static Hash perfectSubtreeRoot(byte[] hashes, int offset, int count) {
		if (Integer.bitCount(count) != 1) {
			throw new IllegalArgumentException("not a power of two: " + count);
		}
		byte[] row = new byte[count * Hash.SIZE];
		System.arraycopy(hashes, offset, row, 0, row.length);
		MessageDigest digest = sha256();
		for (int width = count; width > 1; width /= 2) {
			for (int i = 0; i < width / 2; i++) {
				digest.update(NODE_PREFIX);
				digest.update(row, 2 * i * Hash.SIZE, 2 * Hash.SIZE);
				try {
					digest.digest(row, i * Hash.SIZE, Hash.SIZE);
				}
				catch (java.security.DigestException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return Hash.of(row, 0);
	}

	/**
	 * This thread's SHA-256, reset: looking a digest up costs about as much as hashing a
	 * node, and every use here finishes with {@code digest()} before the next begins.
	 */
	static MessageDigest sha256() {
		MessageDigest digest = DIGESTS.get();
		digest.reset();
		return digest;
	}

	private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	});

}
