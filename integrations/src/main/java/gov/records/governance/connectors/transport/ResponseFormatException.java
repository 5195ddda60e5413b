package gov.records.governance.connectors.transport;

/**
 * A response body that does not have the shape the connector relies on (a field missing,
 * a wrong type, too large). Turned into {@code MALFORMED_RESPONSE} with the call's
 * context.
 */
public class ResponseFormatException extends RuntimeException {

	public ResponseFormatException(String message) {
		super(message);
	}

}
