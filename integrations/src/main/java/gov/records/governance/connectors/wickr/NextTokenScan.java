package gov.records.governance.connectors.wickr;

import gov.records.governance.connectors.transport.Json;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Finds a list page's top-level {@code nextToken} without parsing the page: one pass over
 * the bytes that follows only strings and nesting, so the next request can be sent before
 * the page is read (about a tenth of a full parse). It trusts nothing: the full parse
 * reads the token again and must agree ({@link WickrPages}); on a body that is not JSON
 * the answer may be anything, and that parse reports the body.
 */
final class NextTokenScan {

	private static final byte[] NAME = "nextToken".getBytes(StandardCharsets.US_ASCII);

	private NextTokenScan() {
	}

	/**
	 * The top-level object's {@code nextToken} string; null when it has none, it is null
	 * or empty, or the bytes are not such an object.
	 */
	static @Nullable String find(byte[] json) {
		int depth = 0;
		boolean object = false;
		boolean expectName = false;
		for (int i = 0; i < json.length; i++) {
			byte b = json[i];
			if (b == '"') {
				int end = endOfString(json, i + 1);
				if (end < 0) {
					return null;
				}
				if (depth == 1 && object && expectName) {
					int colon = skipSpace(json, end + 1);
					if (colon >= json.length || json[colon] != ':') {
						return null;
					}
					if (isName(json, i + 1, end)) {
						return value(json, skipSpace(json, colon + 1));
					}
					expectName = false;
					i = colon;
				}
				else {
					i = end;
				}
			}
			else if (b == '{' || b == '[') {
				depth++;
				if (depth == 1) {
					object = b == '{';
					expectName = object;
				}
			}
			else if (b == '}' || b == ']') {
				depth--;
			}
			else if (b == ',' && depth == 1) {
				expectName = object;
			}
		}
		return null;
	}

	private static @Nullable String value(byte[] json, int at) {
		if (at >= json.length || json[at] != '"') {
			return null;
		}
		int end = endOfString(json, at + 1);
		if (end <= at + 1) {
			return null;
		}
		for (int i = at + 1; i < end; i++) {
			if (json[i] == '\\') {
				return Json.MAPPER.readValue(json, at, end - at + 1, String.class);
			}
		}
		return new String(json, at + 1, end - at - 1, StandardCharsets.UTF_8);
	}

	/** The index of the quote closing a string whose content starts at {@code from}. */
	private static int endOfString(byte[] json, int from) {
		for (int i = from; i < json.length; i++) {
			if (json[i] == '\\') {
				i++;
			}
			else if (json[i] == '"') {
				return i;
			}
		}
		return -1;
	}

	private static int skipSpace(byte[] json, int from) {
		int i = from;
		while (i < json.length && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t')) {
			i++;
		}
		return i;
	}

	private static boolean isName(byte[] json, int from, int end) {
		if (end - from != NAME.length) {
			return false;
		}
		for (int i = 0; i < NAME.length; i++) {
			if (json[from + i] != NAME[i]) {
				return false;
			}
		}
		return true;
	}

}
