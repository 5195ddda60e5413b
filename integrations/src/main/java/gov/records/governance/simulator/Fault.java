package gov.records.governance.simulator;

/** A failure the simulator can inject into its answers. */
public enum Fault {

	/** 500 with the platform's error body. */
	SERVER_ERROR,
	/** 429 with the platform's throttling body (Retry-After 0). */
	THROTTLE,
	/** Handles the request, then answers 200 with truncated, invalid JSON. */
	MALFORMED_JSON,
	/** Closes the connection without an answer, before handling the request. */
	DROP_CONNECTION,
	/** Handles the request (a write is applied), then closes without an answer. */
	LOSE_RESPONSE,
	/** Answers 200 with a JSON body of about 2 MiB. */
	OVERSIZED_BODY,
	/** Answers 200 with an HTML page, as a captive proxy would. */
	HTML_PAGE

}
