package gov.records.governance.connectors.transport;

import java.util.Map;

/**
 * Adds what proves who the connector is to a request about to be sent: a bearer token, or
 * the SigV4 headers computed over the method, URI, headers and body.
 */
@FunctionalInterface
public interface RequestAuthenticator {

	/**
	 * @param call the request
	 * @param headers the headers that will be sent (lower-case names); add to them
	 */
	void authenticate(HttpCall call, Map<String, String> headers);

	static RequestAuthenticator bearer(String token) {
		String value = "Bearer " + token;
		return (call, headers) -> headers.put("authorization", value);
	}

}
