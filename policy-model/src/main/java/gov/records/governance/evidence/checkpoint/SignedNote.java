package gov.records.governance.evidence.checkpoint;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A C2SP signed note: a text ending in a newline, an empty line, and one or more
 * signature lines. The text is separated from the signatures by the last empty line.
 *
 * @param text the signed text, including its final newline
 * @param signatures the signature lines in order
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

	/**
	 * The most signature lines a note may carry (the spec asks verifiers to accept at
	 * least 16).
	 */
	public static final int MAX_SIGNATURES = 100;

	/** The largest note accepted, in characters. */
	public static final int MAX_LENGTH = 1 << 20;

	public SignedNote {
		requireValidText(text);
		signatures = List.copyOf(signatures);
	}

	/** Signs {@code text} with each signer, in order. */
	public static SignedNote sign(String text, NoteSigner... signers) {
		List<NoteSignature> signatures = new ArrayList<>();
		for (NoteSigner signer : signers) {
			signatures.add(signer.sign(text));
		}
		return new SignedNote(text, signatures);
	}

	/** The note as text: the signed text, an empty line, the signature lines. */
	public String format() {
		StringBuilder note = new StringBuilder(this.text).append('\n');
		this.signatures.forEach((signature) -> note.append(signature.line()));
		return note.toString();
	}

	/**
	 * Parses a note without verifying it.
	 * @throws NoteVerificationException if it is malformed
	 */
	public static SignedNote parse(String message) {
		if (message.length() > MAX_LENGTH) {
			throw new NoteVerificationException("note longer than " + MAX_LENGTH + " characters");
		}
		checkCharacters(message);
		int split = message.lastIndexOf("\n\n");
		if (split < 0) {
			throw new NoteVerificationException("no empty line before the signatures");
		}
		String text = message.substring(0, split + 1);
		String block = message.substring(split + 2);
		if (block.isEmpty() || !block.endsWith("\n")) {
			throw new NoteVerificationException("the signature lines must end with a newline");
		}
		String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
		if (lines.length > MAX_SIGNATURES) {
			throw new NoteVerificationException("more than " + MAX_SIGNATURES + " signatures");
		}
		List<NoteSignature> signatures = new ArrayList<>();
		for (String line : lines) {
			signatures.add(NoteSignature.parse(line));
		}
		return new SignedNote(text, signatures);
	}

	/**
	 * Parses and verifies a note against the trusted keys. Signatures from unknown keys
	 * (name and id not both matching a trusted key) are ignored; a signature from a known
	 * key that does not verify rejects the note; at least one known key must have signed.
	 * @return the note, with the names of the keys whose signatures verified
	 * @throws NoteVerificationException with the reason it was rejected
	 */
	public static VerifiedNote open(String message, Collection<NoteVerifier> trusted) {
		SignedNote note = parse(message);
		List<String> verifiedBy = new ArrayList<>();
		for (NoteSignature signature : note.signatures) {
			for (NoteVerifier verifier : trusted) {
				if (verifier.name().equals(signature.keyName()) && verifier.keyId() == signature.keyId()) {
					if (!verifier.verify(note.text, signature)) {
						throw new NoteVerificationException("the signature of " + verifier + " does not verify");
					}
					verifiedBy.add(verifier.name());
				}
			}
		}
		if (verifiedBy.isEmpty()) {
			throw new NoteVerificationException("no signature from a trusted key (trusted: " + trusted + ")");
		}
		return new VerifiedNote(note.text, List.copyOf(verifiedBy));
	}

	/**
	 * Decodes note bytes as strict UTF-8 (a signed note must be valid UTF-8).
	 * @throws NoteVerificationException if they are not
	 */
	public static String decode(byte[] utf8) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(utf8))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new NoteVerificationException("a note must be valid UTF-8");
		}
	}

	static void requireValidText(String text) {
		if (text.isEmpty() || !text.endsWith("\n")) {
			throw new IllegalArgumentException("a note text ends with a newline");
		}
		checkCharacters(text);
	}

	private static void checkCharacters(String message) {
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			if (c < 0x20 && c != '\n') {
				throw new NoteVerificationException("control character U+" + String.format("%04X", (int) c) + " at " + i
						+ " (a note has no control characters but newlines)");
			}
			if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < message.length()
					&& Character.isLowSurrogate(message.charAt(++i)))) {
				throw new NoteVerificationException("not valid UTF-8 at " + i);
			}
		}
	}

	/** A note whose signatures by trusted keys verified. */
	public record VerifiedNote(String text, List<String> verifiedBy) {
	}

}
