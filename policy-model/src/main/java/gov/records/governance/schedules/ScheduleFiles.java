package gov.records.governance.schedules;

import gov.records.governance.shared.Problem;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks common to every schedule file: size, emptiness, and that the bytes are UTF-8
 * text.
 */
final class ScheduleFiles {

	/** Larger than any real schedule file (NARA's whole GRS is well under 1 MB). */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_ROWS = 10_000;

	private ScheduleFiles() {
	}

	/** The file as text, or a refusal saying why it cannot be read at all. */
	static String text(byte[] content) {
		if (content.length == 0) {
			throw new ValidationException("The file is empty.");
		}
		if (content.length > MAX_BYTES) {
			throw new ValidationException("The file is " + content.length / (1024 * 1024)
					+ " MB; schedule files are at most 5 MB. Is this the right file?");
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
			throw new ValidationException("The file is not UTF-8 text. Save it as CSV UTF-8 (or JSON) and try again.");
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

}
