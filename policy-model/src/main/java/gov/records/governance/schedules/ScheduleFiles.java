package gov.records.governance.schedules;

import gov.records.governance.shared.TextFiles;

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
		return TextFiles.utf8(content, MAX_BYTES, "schedule file");
	}

}
