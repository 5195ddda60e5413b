package gov.records.governance.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the fuzz targets share: a refusal names at least one problem, and no message
 * carries a Java class name or a stack trace unless the input itself did (a cell echoed
 * back is fine).
 */
public final class Refusals {

	/** A qualified class name ({@code java.io.IOException}) or a bare exception name. */
	private static final Pattern JAVA = Pattern.compile(
			"\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|\\tat ");

	private Refusals() {
	}

	public static void assertRefused(ValidationException refusal, byte[] input) {
		assertRefused(refusal, new String(input, StandardCharsets.UTF_8));
	}

	public static void assertRefused(ValidationException refusal, String input) {
		assertThat(refusal.problems()).as("a refusal names its problems").isNotEmpty();
		for (Problem problem : refusal.problems()) {
			assertPlain(problem.column(), input);
			assertPlain(problem.reason(), input);
		}
		assertPlain(String.valueOf(refusal.getMessage()), input);
	}

	/** Fails when {@code message} has a Java name or stack frame the input did not. */
	public static void assertPlain(String message, String input) {
		Matcher m = JAVA.matcher(message);
		while (m.find()) {
			assertThat(input).as("'%s' reached the message: %s", m.group(), message).contains(m.group());
		}
	}

}
