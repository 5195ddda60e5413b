package gov.records.governance.connectors.transport;

import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper the connectors and the simulator share, and small helpers that
 * turn a missing or mistyped field into a {@link ResponseFormatException} that names it.
 */
public final class Json {

	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static JsonNode tree(byte[] in) {
		JsonNode node = MAPPER.readTree(in);
		if (node == null || node.isMissingNode()) {
			throw new ResponseFormatException("empty body where JSON was expected");
		}
		return node;
	}

	public static byte[] bytes(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	public static JsonParser parser(byte[] in) {
		return MAPPER.createParser(in);
	}

	public static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString()) {
			throw new ResponseFormatException("field '" + field + "' missing or not a string");
		}
		return value.stringValue();
	}

	public static String text(JsonNode node, String field, String fallback) {
		JsonNode value = node.get(field);
		return (value == null || !value.isString()) ? fallback : value.stringValue();
	}

	public static long number(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isNumber()) {
			throw new ResponseFormatException("field '" + field + "' missing or not a number");
		}
		return value.longValue();
	}

	public static long number(JsonNode node, String field, long fallback) {
		JsonNode value = node.get(field);
		return (value == null || !value.isNumber()) ? fallback : value.longValue();
	}

	/** Accepts JSON booleans, 0/1 and "true"/"false" (backends are not consistent). */
	public static boolean flag(JsonNode node, String field, boolean fallback) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return fallback;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isNumber()) {
			return value.longValue() != 0;
		}
		if (value.isString()) {
			return Boolean.parseBoolean(value.stringValue());
		}
		throw new ResponseFormatException("field '" + field + "' is not a boolean");
	}

	public static JsonNode array(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isArray()) {
			throw new ResponseFormatException("field '" + field + "' missing or not an array");
		}
		return value;
	}

	public static JsonNode object(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isObject()) {
			throw new ResponseFormatException("field '" + field + "' missing or not an object");
		}
		return value;
	}

	/**
	 * Streams a top-level object, handing each property's parser (positioned on the
	 * value) to {@code onProperty}, which must consume or skip the value.
	 */
	public static void forEachProperty(JsonParser parser, Consumer<String> onProperty) {
		expect(parser.nextToken(), JsonToken.START_OBJECT, "a JSON object");
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			parser.nextToken();
			onProperty.accept(name);
		}
		expect(parser.currentToken(), JsonToken.END_OBJECT, "the end of the object");
	}

	public static void expect(JsonToken actual, JsonToken expected, String what) {
		if (actual != expected) {
			throw new ResponseFormatException("expected " + what + " but found " + actual);
		}
	}

}
