package gov.records.governance.connectors.wickr;

import gov.records.governance.connectors.transport.Json;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Finds a list page's top-level {@code nextToken} without parsing the page, so the next
 * request can be sent before the page is read. Wickr writes the token as the page's last
 * member, so it is looked for at the end first, reading backwards a few dozen bytes; a
 * page laid out otherwise (or the last page, which has no token) gets one forward pass
 * over the bytes that follows only strings and nesting (about a tenth of a full parse).
 * It trusts nothing: the full parse reads the token again and must agree
 * ({@link WickrPages}); on a body that is not JSON the answer may be anything, and that
 * parse reports the body.
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
		int value = lastMemberValue(json);
		return (value >= 0) ? value(json, value) : scan(json);
	}

	/**
	 * Where the value of the top-level object's last member starts, when that member is
	 * {@code "nextToken":"…"}; -1 when the page does not end so. Read backwards: the last
	 * {@code '}'} closes the top-level object, the string before it is its last value (no
	 * unescaped quote can sit inside a string, so the first one going back opens it), and
	 * its name must be exactly {@code "nextToken"}, opening after a {@code ','} or
	 * {@code '{'} (so its quote is not an escaped one).
	 */
	static int lastMemberValue(byte[] json) {
		int close = skipSpaceBack(json, json.length - 1);
		if (close < 0 || json[close] != '}') {
			return -1;
		}
		int end = skipSpaceBack(json, close - 1);
		if (end < 0 || json[end] != '"') {
			return -1;
		}
		int open = end - 1;
		while (open >= 0 && (json[open] != '"' || escaped(json, open))) {
			open--;
		}
		int colon = skipSpaceBack(json, open - 1);
		if (open < 0 || colon < 0 || json[colon] != ':') {
			return -1;
		}
		int nameEnd = skipSpaceBack(json, colon - 1);
		int nameStart = nameEnd - NAME.length;
		if (nameStart < 1 || json[nameEnd] != '"' || json[nameStart - 1] != '"' || !isName(json, nameStart, nameEnd)) {
			return -1;
		}
		int before = skipSpaceBack(json, nameStart - 2);
		return (before >= 0 && (json[before] == ',' || json[before] == '{')) ? open : -1;
	}

	/** One forward pass over the whole page. */
	static @Nullable String scan(byte[] json) {
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

	/** Whether the quote at {@code at} follows an odd number of backslashes. */
	private static boolean escaped(byte[] json, int at) {
		int slashes = 0;
		for (int i = at - 1; i >= 0 && json[i] == '\\'; i--) {
			slashes++;
		}
		return slashes % 2 == 1;
	}

	private static int skipSpaceBack(byte[] json, int from) {
		int i = from;
		while (i >= 0 && isSpace(json[i])) {
			i--;
		}
		return i;
	}

	private static boolean isSpace(byte b) {
		return b == ' ' || b == '\n' || b == '\r' || b == '\t';
	}

	private static int skipSpace(byte[] json, int from) {
		int i = from;
		while (i < json.length && isSpace(json[i])) {
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
