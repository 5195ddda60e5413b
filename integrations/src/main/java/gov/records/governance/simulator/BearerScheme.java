package gov.records.governance.simulator;

import java.util.Locale;

/**
 * Reads an {@code Authorization: Bearer <token>} header as the real servers do: the
 * scheme is case-insensitive (RFC 9110 section 11.1; Mattermost's own JavaScript client
 * sends {@code BEARER}), the token is compared exactly.
 */
final class BearerScheme {

	private BearerScheme() {
	}

	/** Whether the header carries exactly {@code token} under the Bearer scheme. */
	static boolean carries(String authorization, String token) {
		String value = authorization.strip();
		int space = value.indexOf(' ');
		if (space < 0) {
			return false;
		}
		return value.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")
				&& value.substring(space + 1).strip().equals(token);
	}

}
