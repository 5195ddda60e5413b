package gov.records.governance.evidence.checkpoint;

import java.nio.charset.StandardCharsets;

/**
 * A trusted Ed25519 note key, read from its published verifier key string
 * {@code name+<key id hex>+<base64(0x01 || public key)>} (Go's {@code sumdb/note}
 * format).
 */
public final class NoteVerifier {

	private final String name;

	private final int keyId;

	private final byte[] publicKey;

	private NoteVerifier(String name, int keyId, byte[] publicKey) {
		this.name = name;
		this.keyId = keyId;
		this.publicKey = publicKey;
	}

	/** Reads a verifier key; checks that its key id is the one its name and key give. */
	public static NoteVerifier fromVerifierKey(String verifierKey) {
		String[] parts = verifierKey.split("\\+", 3);
		if (parts.length != 3) {
			throw new IllegalArgumentException("a verifier key reads name+keyid+key: " + verifierKey);
		}
		String name = KeyNames.requireValid(parts[0]);
		byte[] publicKey = NoteSigner.decodeTyped(parts[2]);
		int keyId = KeyNames.keyId(name, publicKey);
		if (!KeyNames.hex(keyId).equals(parts[1])) {
			throw new IllegalArgumentException("the key id " + parts[1] + " does not match the key of " + name);
		}
		return new NoteVerifier(name, keyId, publicKey);
	}

	public String name() {
		return this.name;
	}

	public int keyId() {
		return this.keyId;
	}

	/**
	 * Whether this key made {@code signature} (which must name this key) over
	 * {@code text}.
	 */
	public boolean verify(String text, NoteSignature signature) {
		return signature.keyName().equals(this.name) && signature.keyId() == this.keyId
				&& Ed25519.verify(this.publicKey, text.getBytes(StandardCharsets.UTF_8), signature.signature());
	}

	@Override
	public String toString() {
		return "NoteVerifier[" + this.name + "+" + KeyNames.hex(this.keyId) + "]";
	}

}
