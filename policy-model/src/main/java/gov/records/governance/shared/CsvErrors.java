package gov.records.governance.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a failure of the CSV parser into a refusal in plain words. The parser wraps its
 * own exception in others, whose messages start with the inner one's class name
 * ({@code org.apache.commons.csv.CSVException: (startline 2) EOF reached...}); a records
 * officer should read where the file is broken, not a Java type (found by fuzzing,
 * DD053).
 */
public final class CsvErrors {

	private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[\\w$]+\\.)+[\\w$]+(?:Exception|Error):\\s*");

	private static final Pattern UNCLOSED = Pattern
		.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

	private static final Pattern INVALID_CHAR = Pattern
		.compile("\\(line (\\d+)\\) invalid char between encapsulated token and delimiter.*");

	private CsvErrors() {
	}

	public static ValidationException unreadable(Throwable failure) {
		return new ValidationException("The file is not readable as CSV: " + describe(failure));
	}

	static String describe(Throwable failure) {
		Throwable inner = failure;
		while (inner.getCause() != null && inner.getCause() != inner) {
			inner = inner.getCause();
		}
		String message = plain(inner.getMessage());
		if (message.isEmpty()) {
			message = plain(failure.getMessage());
		}
		Matcher unclosed = UNCLOSED.matcher(message);
		if (unclosed.find()) {
			return "the quoted value that starts on line " + unclosed.group(1) + " is never closed";
		}
		Matcher invalid = INVALID_CHAR.matcher(message);
		if (invalid.find()) {
			return "on line " + invalid.group(1)
					+ " a quoted value is followed by other characters before the next comma";
		}
		return message.isEmpty() ? "the file is damaged" : message;
	}

	private static String plain(@Nullable String message) {
		if (message == null) {
			return "";
		}
		String text = message.strip();
		for (Matcher m = CLASS_PREFIX.matcher(text); m.find(); m = CLASS_PREFIX.matcher(text)) {
			text = text.substring(m.end());
		}
		return text.lines().findFirst().orElse("").strip();
	}

}
