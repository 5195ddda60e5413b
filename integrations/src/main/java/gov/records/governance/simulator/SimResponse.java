package gov.records.governance.simulator;

import gov.records.governance.connectors.transport.Json;
import java.util.Map;

/** An answer: status, content type, extra headers, body. */
record SimResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

	static SimResponse json(int status, Object body) {
		return new SimResponse(status, "application/json", Map.of(), Json.bytes(body));
	}

	static SimResponse json(int status, Object body, Map<String, String> headers) {
		return new SimResponse(status, "application/json", headers, Json.bytes(body));
	}

}
