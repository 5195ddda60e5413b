package gov.records.governance.evidence.checkpoint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Key names and key ids of signed notes (C2SP signed-note, "Signatures"). */
final class KeyNames {

	/** The signature type byte of Ed25519 signatures. */
	static final byte ED25519 = 0x01;

	private KeyNames() {
	}

	/** A key name is non-empty and has no Unicode spaces and no plus sign. */
	static boolean isValid(String name) {
		if (name.isEmpty()) {
			return false;
		}
		return name.codePoints()
			.noneMatch((c) -> c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20);
	}

	static String requireValid(String name) {
		if (!isValid(name)) {
			throw new IllegalArgumentException("a key name is non-empty, without spaces or '+': '" + name + "'");
		}
		return name;
	}

	/** {@code SHA-256(name || 0x0A || 0x01 || public key)[:4]} as a big-endian uint32. */
	static int keyId(String name, byte[] publicKey) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(name.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
			digest.update(ED25519);
			digest.update(publicKey);
			return ByteBuffer.wrap(digest.digest()).getInt();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hex(int keyId) {
		return String.format("%08x", keyId);
	}

}
