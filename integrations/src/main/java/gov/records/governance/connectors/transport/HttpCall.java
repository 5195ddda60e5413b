package gov.records.governance.connectors.transport;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request a connector makes: method, full URI, JSON body (empty for none), the
 * {@code X-Client-Token} for writes that carry one, and whether sending it twice is safe
 * (reads, writes with a client token, PUTs of whole state). Unsafe calls are retried only
 * when the backend said it did not process them (429).
 */
public record HttpCall(String operation, String method, URI uri, byte[] body, @Nullable String clientToken,
		boolean safeToRepeat) {

	public static HttpCall get(String operation, URI uri) {
		return new HttpCall(operation, "GET", uri, new byte[0], null, true);
	}

	public static HttpCall write(String operation, String method, URI uri, byte[] body, @Nullable String clientToken,
			boolean safeToRepeat) {
		return new HttpCall(operation, method, uri, body, clientToken, safeToRepeat);
	}

	/** The path without query, for messages (a query may carry paging tokens). */
	public String describe() {
		return this.method + " " + this.uri.getRawPath();
	}

}
