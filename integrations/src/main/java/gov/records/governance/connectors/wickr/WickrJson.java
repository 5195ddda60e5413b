package gov.records.governance.connectors.wickr;

import gov.records.governance.connectors.transport.Json;
import gov.records.governance.connectors.transport.ResponseFormatException;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Streams Wickr's list pages token by token: a security group or user becomes a few
 * numbers without building a tree, and every field the console does not need (names of
 * people included) is skipped unread.
 */
final class WickrJson {

	private WickrJson() {
	}

	/** Reads one ListSecurityGroups page into {@code sink}; returns the next token. */
	static @Nullable String groupsPage(byte[] body, Consumer<SecurityGroupRow> sink) {
		String[] next = { null };
		try (JsonParser parser = Json.parser(body)) {
			Json.forEachProperty(parser, (name) -> {
				switch (name) {
					case "securityGroups" -> eachObject(parser, () -> sink.accept(group(parser)));
					case "nextToken" -> next[0] = nullableText(parser);
					default -> parser.skipChildren();
				}
			});
		}
		return next[0];
	}

	/** Reads a GetSecurityGroup or UpdateSecurityGroup answer {@code {securityGroup}}. */
	static SecurityGroupRow singleGroup(byte[] body) {
		SecurityGroupRow[] found = { null };
		try (JsonParser parser = Json.parser(body)) {
			Json.forEachProperty(parser, (name) -> {
				if (name.equals("securityGroup")) {
					found[0] = group(parser);
				}
				else {
					parser.skipChildren();
				}
			});
		}
		if (found[0] == null) {
			throw new ResponseFormatException("field 'securityGroup' missing");
		}
		return found[0];
	}

	/**
	 * Reads one ListUsers page, adding each user to the tally of its security group as
	 * active, pending ({@code status} 1) or suspended; returns the next token.
	 */
	static @Nullable String usersPage(byte[] body, Map<String, long[]> tally) {
		String[] next = { null };
		try (JsonParser parser = Json.parser(body)) {
			Json.forEachProperty(parser, (name) -> {
				switch (name) {
					case "users" -> eachObject(parser, () -> user(parser, tally));
					case "nextToken" -> next[0] = nullableText(parser);
					default -> parser.skipChildren();
				}
			});
		}
		return next[0];
	}

	private static SecurityGroupRow group(JsonParser parser) {
		Json.expect(parser.currentToken(), JsonToken.START_OBJECT, "a security group object");
		String id = null;
		String name = null;
		long modified = 0;
		long active = 0;
		long[] settings = null;
		for (String field = parser.nextName(); field != null; field = parser.nextName()) {
			JsonToken token = parser.nextToken();
			switch (field) {
				case "id" -> id = text(parser, field);
				case "name" -> name = text(parser, field);
				case "modified" -> modified = number(parser, field);
				case "activeMembers" -> active = number(parser, field);
				case "securityGroupSettings" -> settings = settings(parser);
				default -> {
					if (token.isStructStart()) {
						parser.skipChildren();
					}
				}
			}
		}
		if (id == null || name == null || settings == null) {
			throw new ResponseFormatException("security group without "
					+ ((id == null) ? "id" : (name == null) ? "name" : "securityGroupSettings"));
		}
		return new SecurityGroupRow(id, name, settings[0], settings[1], (int) settings[2], modified, active);
	}

	private static long[] settings(JsonParser parser) {
		Json.expect(parser.currentToken(), JsonToken.START_OBJECT, "securityGroupSettings as an object");
		long[] values = new long[3];
		for (String field = parser.nextName(); field != null; field = parser.nextName()) {
			JsonToken token = parser.nextToken();
			switch (field) {
				case "maxTtl" -> values[0] = number(parser, field);
				case "maxBor" -> values[1] = number(parser, field);
				case "shredder" -> values[2] = shredderIntensity(parser);
				default -> {
					if (token.isStructStart()) {
						parser.skipChildren();
					}
				}
			}
		}
		return values;
	}

	private static long shredderIntensity(JsonParser parser) {
		Json.expect(parser.currentToken(), JsonToken.START_OBJECT, "shredder as an object");
		long intensity = 0;
		for (String field = parser.nextName(); field != null; field = parser.nextName()) {
			JsonToken token = parser.nextToken();
			if (field.equals("intensity")) {
				intensity = number(parser, field);
			}
			else if (token.isStructStart()) {
				parser.skipChildren();
			}
		}
		return intensity;
	}

	private static void user(JsonParser parser, Map<String, long[]> tally) {
		Json.expect(parser.currentToken(), JsonToken.START_OBJECT, "a user object");
		long status = 0;
		boolean suspended = false;
		String group = "";
		for (String field = parser.nextName(); field != null; field = parser.nextName()) {
			JsonToken token = parser.nextToken();
			switch (field) {
				case "status" -> status = number(parser, field);
				case "suspended" -> suspended = token == JsonToken.VALUE_TRUE;
				case "securityGroups", "securityGroupIds" -> group = firstText(parser);
				default -> {
					if (token.isStructStart()) {
						parser.skipChildren();
					}
				}
			}
		}
		int bucket = suspended ? 2 : (status == 2) ? 0 : 1;
		tally.computeIfAbsent(group, (key) -> new long[3])[bucket]++;
	}

	private static String firstText(JsonParser parser) {
		Json.expect(parser.currentToken(), JsonToken.START_ARRAY, "an array of security group ids");
		String first = "";
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			if (first.isEmpty() && token == JsonToken.VALUE_STRING) {
				first = parser.getString();
			}
			else if (token.isStructStart()) {
				parser.skipChildren();
			}
		}
		return first;
	}

	private static void eachObject(JsonParser parser, Runnable onObject) {
		Json.expect(parser.currentToken(), JsonToken.START_ARRAY, "an array");
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			onObject.run();
		}
	}

	private static String text(JsonParser parser, String field) {
		if (parser.currentToken() != JsonToken.VALUE_STRING) {
			throw new ResponseFormatException("field '" + field + "' is not a string");
		}
		return parser.getString();
	}

	private static @Nullable String nullableText(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		String value = text(parser, "nextToken");
		return value.isEmpty() ? null : value;
	}

	private static long number(JsonParser parser, String field) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return 0;
		}
		if (!parser.currentToken().isNumeric()) {
			throw new ResponseFormatException("field '" + field + "' is not a number");
		}
		return parser.getLongValue();
	}

}
