package gov.records.governance.connectors.transport;

import java.io.InputStream;

/** Reads a successful response body; may stream it. */
@FunctionalInterface
public interface BodyReader<T> {

	T read(InputStream body);

	static BodyReader<tools.jackson.databind.JsonNode> tree() {
		return Json::tree;
	}

}
