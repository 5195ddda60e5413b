package gov.records.governance.evidence.checkpoint;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * One signature line of a signed note:
 * {@code — <key name> <base64(4-byte key id || signature)>}.
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {

	/** U+2014 EM DASH and a space: how every signature line starts. */
	static final String LINE_PREFIX = "\u2014 ";

	public NoteSignature {
		KeyNames.requireValid(keyName);
		signature = signature.clone();
	}

	@Override
	public byte[] signature() {
		return this.signature.clone();
	}

	/** The line as it appears in the note, ending in a newline. */
	public String line() {
		byte[] bytes = ByteBuffer.allocate(4 + this.signature.length).putInt(this.keyId).put(this.signature).array();
		return LINE_PREFIX + this.keyName + " " + Base64.getEncoder().encodeToString(bytes) + "\n";
	}

	/** Parses one line (without its newline). */
	static NoteSignature parse(String line) {
		if (!line.startsWith(LINE_PREFIX)) {
			throw new NoteVerificationException("a signature line starts with an em dash and a space: " + line);
		}
		String rest = line.substring(LINE_PREFIX.length());
		int space = rest.indexOf(' ');
		if (space <= 0) {
			throw new NoteVerificationException("a signature line reads '— name signature': " + line);
		}
		String name = rest.substring(0, space);
		if (!KeyNames.isValid(name)) {
			throw new NoteVerificationException("invalid key name in signature line: " + line);
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(rest.substring(space + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new NoteVerificationException("the signature is not base64: " + line);
		}
		if (bytes.length < 5) {
			throw new NoteVerificationException("a signature holds a 4-byte key id and the signature: " + line);
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		int keyId = buffer.getInt();
		byte[] signature = new byte[buffer.remaining()];
		buffer.get(signature);
		return new NoteSignature(name, keyId, signature);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof NoteSignature that) && this.keyName.equals(that.keyName) && this.keyId == that.keyId
				&& java.util.Arrays.equals(this.signature, that.signature);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * this.keyName.hashCode() + this.keyId) + java.util.Arrays.hashCode(this.signature);
	}

	@Override
	public String toString() {
		return line().strip();
	}

}
