package gov.records.governance.connectors.transport;

/**
 * Reads a successful response body, received whole and bounded (Jackson parses an array
 * faster than a stream).
 */
@FunctionalInterface
public interface BodyReader<T> {

	T read(byte[] body);

	static BodyReader<tools.jackson.databind.JsonNode> tree() {
		return Json::tree;
	}

}
