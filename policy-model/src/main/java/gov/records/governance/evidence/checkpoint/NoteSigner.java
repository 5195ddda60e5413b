package gov.records.governance.evidence.checkpoint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * An Ed25519 note signing key. Its text form is the signer key string of Go's
 * {@code sumdb/note}, {@code PRIVATE+KEY+<name>+<key id hex>+<base64(0x01 || seed)>}:
 * keep it secret (an environment variable or a secrets store), publish
 * {@link #verifierKey()}.
 */
public final class NoteSigner {

	private static final String PREFIX = "PRIVATE+KEY+";

	private final String name;

	private final byte[] seed;

	private final byte[] publicKey;

	private final int keyId;

	private NoteSigner(String name, byte[] seed) {
		this.name = KeyNames.requireValid(name);
		this.seed = seed.clone();
		this.publicKey = Ed25519.publicKeyOf(seed);
		this.keyId = KeyNames.keyId(name, this.publicKey);
	}

	/** A new random key for {@code name} (the log's origin, by convention). */
	public static NoteSigner generate(String name) {
		return new NoteSigner(name, Ed25519.newSeed());
	}

	/** Reads a signer key string; checks its key id against the key it holds. */
	public static NoteSigner fromSignerKey(String signerKey) {
		if (!signerKey.startsWith(PREFIX)) {
			throw new IllegalArgumentException("a signer key starts with " + PREFIX);
		}
		String[] parts = signerKey.substring(PREFIX.length()).split("\\+", 3);
		if (parts.length != 3) {
			throw new IllegalArgumentException("a signer key reads PRIVATE+KEY+name+keyid+key");
		}
		byte[] key = decodeTyped(parts[2]);
		NoteSigner signer = new NoteSigner(parts[0], key);
		Arrays.fill(key, (byte) 0);
		if (!KeyNames.hex(signer.keyId).equals(parts[1])) {
			throw new IllegalArgumentException("the key id " + parts[1] + " does not match the key");
		}
		return signer;
	}

	public String name() {
		return this.name;
	}

	public int keyId() {
		return this.keyId;
	}

	/**
	 * The public verifier key string: {@code name+<key id hex>+<base64(0x01 || key)>}.
	 */
	public String verifierKey() {
		return this.name + "+" + KeyNames.hex(this.keyId) + "+" + encodeTyped(this.publicKey);
	}

	/** The verifier for this key. */
	public NoteVerifier verifier() {
		return NoteVerifier.fromVerifierKey(verifierKey());
	}

	/** The secret signer key string. */
	public String signerKey() {
		return PREFIX + this.name + "+" + KeyNames.hex(this.keyId) + "+" + encodeTyped(this.seed);
	}

	/** Signs a note text (which must end in a newline). */
	public NoteSignature sign(String text) {
		SignedNote.requireValidText(text);
		byte[] signature = Ed25519.sign(this.seed, text.getBytes(StandardCharsets.UTF_8));
		return new NoteSignature(this.name, this.keyId, signature);
	}

	@Override
	public String toString() {
		return "NoteSigner[" + this.name + "+" + KeyNames.hex(this.keyId) + "]";
	}

	static String encodeTyped(byte[] key) {
		byte[] typed = new byte[key.length + 1];
		typed[0] = KeyNames.ED25519;
		System.arraycopy(key, 0, typed, 1, key.length);
		return Base64.getEncoder().encodeToString(typed);
	}

	static byte[] decodeTyped(String base64) {
		byte[] typed;
		try {
			typed = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("the key is not base64", ex);
		}
		if (typed.length != Ed25519.KEY_SIZE + 1 || typed[0] != KeyNames.ED25519) {
			throw new IllegalArgumentException("not an Ed25519 key (type 0x01 followed by 32 bytes)");
		}
		return Arrays.copyOfRange(typed, 1, typed.length);
	}

}
