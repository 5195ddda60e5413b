package gov.records.governance.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks every uploaded text file gets before it is parsed: not empty, not too large,
 * UTF-8 (a byte-order mark is dropped), and text rather than binary data.
 */
public final class TextFiles {

	private TextFiles() {
	}

	/**
	 * The file as text, or a refusal saying why it cannot be read at all.
	 * @param what what the file should be, for messages ("device inventory")
	 */
	public static String utf8(byte[] content, int maxBytes, String what) {
		if (content.length == 0) {
			throw new ValidationException("The file is empty.");
		}
		if (content.length > maxBytes) {
			throw new ValidationException("The file is " + megabytes(content.length) + " MB; a " + what + " is at most "
					+ megabytes(maxBytes) + " MB. Is this the right file?");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ValidationException(
					"The file is not UTF-8 text. Save it as UTF-8 (\"CSV UTF-8\" in a spreadsheet) and try again.");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new ValidationException("The file is empty.");
		}
		if (text.chars().anyMatch((c) -> c == 0)) {
			throw new ValidationException("The file contains binary data, not text.");
		}
		return text;
	}

	private static String megabytes(int bytes) {
		return Long.toString(Math.round(bytes / (1024.0 * 1024.0)));
	}

}
