package gov.records.governance.security;

/**
 * User names as typed at a login form or in an HTTP Basic header are untrusted: before
 * one is stored in the audit log or written to a log, control and formatting characters
 * (an ANSI escape, a newline, a right-to-left override) are escaped as {@code \u001b}
 * text and the name is cut to {@value #MAX} characters.
 */
final class LoginNames {

	static final int MAX = 100;

	private LoginNames() {
	}

	static String sanitise(String raw) {
		StringBuilder safe = new StringBuilder(Math.min(raw.length(), MAX));
		raw.codePoints().forEach((c) -> {
			if (safe.length() >= MAX) {
				return;
			}
			int type = Character.getType(c);
			if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE
					|| type == Character.UNASSIGNED || type == Character.SURROGATE) {
				safe.append(String.format("\\u%04x", c));
			}
			else if (c == '\\') {
				safe.append("\\\\");
			}
			else {
				safe.appendCodePoint(c);
			}
		});
		return (safe.length() > MAX) ? safe.substring(0, MAX) : safe.toString();
	}

}
