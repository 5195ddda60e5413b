package gov.records.governance.evidence.merkle;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * A SHA-256 value: a leaf hash, an interior node hash or a tree root. Always 32 bytes;
 * compared by content.
 */
public final class Hash {

	/** Length of a SHA-256 hash in bytes. */
	public static final int SIZE = 32;

	private final byte[] bytes;

	private Hash(byte[] bytes) {
		this.bytes = bytes;
	}

	/** A hash from its 32 bytes (copied). */
	public static Hash of(byte[] bytes) {
		if (bytes.length != SIZE) {
			throw new IllegalArgumentException("a SHA-256 hash has 32 bytes, not " + bytes.length);
		}
		return new Hash(bytes.clone());
	}

	/** The hash at {@code offset} in {@code bytes} (for example inside a tile). */
	public static Hash of(byte[] bytes, int offset) {
		return new Hash(Arrays.copyOfRange(bytes, offset, offset + SIZE));
	}

	/** A hash from standard base64 (RFC 4648 section 4), as in checkpoints and proofs. */
	public static Hash fromBase64(String base64) {
		byte[] decoded;
		try {
			decoded = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("not base64: " + base64, ex);
		}
		return of(decoded);
	}

	public static Hash fromHex(String hex) {
		return of(HexFormat.of().parseHex(hex));
	}

	/** The bytes (a copy). */
	public byte[] toBytes() {
		return this.bytes.clone();
	}

	void copyTo(byte[] target, int offset) {
		System.arraycopy(this.bytes, 0, target, offset, SIZE);
	}

	void feed(MessageDigest digest) {
		digest.update(this.bytes);
	}

	public String toBase64() {
		return Base64.getEncoder().encodeToString(this.bytes);
	}

	public String toHex() {
		return HexFormat.of().formatHex(this.bytes);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof Hash hash) && MessageDigest.isEqual(this.bytes, hash.bytes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.bytes);
	}

	@Override
	public String toString() {
		return toHex();
	}

}
