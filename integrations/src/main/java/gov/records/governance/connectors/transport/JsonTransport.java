package gov.records.governance.connectors.transport;

import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.ConnectorOptions;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Sends {@link HttpCall}s as JSON over a shared {@link HttpClient}: authenticates each
 * attempt afresh (a SigV4 signature carries its time), applies the request time-out,
 * bounds the body ({@link BoundedBody}: received whole, then read), retries what is
 * retryable with {@link Backoff}, and turns every failure into a
 * {@link ConnectorException} naming {@code label} and the operation.
 */
public final class JsonTransport {

	private final HttpClient client;

	private final ConnectorOptions options;

	private final String label;

	private final RequestAuthenticator authenticator;

	private final ErrorDecoder errors;

	private final Backoff backoff;

	public JsonTransport(HttpClient client, ConnectorOptions options, String label, RequestAuthenticator authenticator,
			ErrorDecoder errors) {
		this.client = client;
		this.options = options;
		this.label = label;
		this.authenticator = authenticator;
		this.errors = errors;
		this.backoff = new Backoff(options.initialBackoff(), options.maxBackoff());
	}

	public String label() {
		return this.label;
	}

	public ConnectorOptions options() {
		return this.options;
	}

	/**
	 * Sends the call, retrying as its kind allows, and reads the body with
	 * {@code reader}.
	 */
	public <T> T send(HttpCall call, BodyReader<T> reader) {
		return read(call, fetch(call), reader);
	}

	public JsonNode send(HttpCall call) {
		return send(call, BodyReader.tree());
	}

	/**
	 * Sends the call, retrying as its kind allows, and returns the successful answer's
	 * body unread (bounded, and checked to be JSON), for {@link #read} later, perhaps on
	 * another thread.
	 */
	public byte[] fetch(HttpCall call) {
		for (int attempt = 1;; attempt++) {
			try {
				return once(call);
			}
			catch (ConnectorException ex) {
				boolean again = ex.retryable() && (call.safeToRepeat() || ex.kind() == Kind.THROTTLED);
				if (!again || attempt >= this.options.maxAttempts()) {
					throw ex;
				}
				pause(this.backoff.delay(attempt, ex.retryAfter()), ex);
			}
		}
	}

	/**
	 * Reads a body {@link #fetch} returned for {@code call}; a body without the shape the
	 * reader relies on is {@code MALFORMED_RESPONSE}, naming the call.
	 */
	public <T> T read(HttpCall call, byte[] body, BodyReader<T> reader) {
		try {
			return reader.read(body);
		}
		catch (ResponseFormatException ex) {
			throw malformed(call, ex.getMessage(), ex);
		}
		catch (JacksonException ex) {
			throw malformed(call, "invalid JSON (" + ex.getOriginalMessage() + ")", ex);
		}
	}

	/**
	 * A {@code MALFORMED_RESPONSE} failure of the call (not retried: asking again would
	 * get the same answer).
	 */
	public ConnectorException malformed(HttpCall call, @Nullable String detail, @Nullable Throwable cause) {
		return failure(Kind.MALFORMED_RESPONSE, call, detail, cause);
	}

	private byte[] once(HttpCall call) {
		HttpRequest request = request(call);
		HttpResponse<byte[]> response;
		try {
			response = this.client.send(request, BoundedBody.handler(this.options.maxResponseBytes()));
		}
		catch (HttpTimeoutException ex) {
			throw failure(Kind.TIMEOUT, call, "no answer within " + this.options.requestTimeout(), ex);
		}
		catch (IOException ex) {
			ResponseFormatException refused = BoundedBody.refusal(ex);
			if (refused != null) {
				throw malformed(call, refused.getMessage(), ex);
			}
			throw failure(Kind.UNAVAILABLE, call, "connection failed (" + ex.getClass().getSimpleName() + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failure(Kind.UNAVAILABLE, call, "interrupted", ex);
		}
		int status = response.statusCode();
		if (status < 200 || status >= 300) {
			throw error(call, status, response.headers(), response.body());
		}
		try {
			checkBody(response.headers(), status);
		}
		catch (ResponseFormatException ex) {
			throw malformed(call, ex.getMessage(), ex);
		}
		return response.body();
	}

	private HttpRequest request(HttpCall call) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("accept", "application/json");
		if (call.body().length > 0) {
			headers.put("content-type", "application/json");
		}
		if (call.clientToken() != null) {
			headers.put("x-client-token", call.clientToken());
		}
		this.authenticator.authenticate(call, headers);
		HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
			.timeout(this.options.requestTimeout())
			.method(call.method(), (call.body().length == 0) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(call.body()));
		headers.forEach((name, value) -> {
			if (!name.equals("host")) {
				builder.header(name, value);
			}
		});
		return builder.build();
	}

	private void checkBody(HttpHeaders headers, int status) {
		String type = headers.firstValue("content-type").orElse("");
		if (status != 204 && !type.toLowerCase(Locale.ROOT).contains("json")) {
			throw new ResponseFormatException(
					"expected JSON but the answer is '" + (type.isEmpty() ? "without a content type" : type) + "'");
		}
	}

	private ConnectorException error(HttpCall call, int status, HttpHeaders headers, byte[] body) {
		JsonNode node;
		try {
			node = Json.tree(body);
		}
		catch (RuntimeException ex) {
			node = MissingNode.getInstance();
		}
		ErrorDecoder.Decoded decoded = this.errors.decode(node, headers.firstValue("x-amzn-errortype").orElse(null));
		Duration retryAfter = (decoded.retryAfter() != null) ? decoded.retryAfter() : retryAfter(headers);
		Kind kind = kindOf(status, decoded);
		String message = this.label + ": " + call.operation() + " (" + call.describe() + ") answered " + status
				+ (decoded.code().isEmpty() ? "" : " " + decoded.code())
				+ (decoded.message().isEmpty() ? "" : ": " + decoded.message());
		return new ConnectorException(kind, message, status, decoded.reasons(), retryAfter, null);
	}

	private static Kind kindOf(int status, ErrorDecoder.Decoded decoded) {
		if (status == 401 || status == 403) {
			return Kind.UNAUTHORIZED;
		}
		if (status == 404) {
			return Kind.NOT_FOUND;
		}
		if (status == 429) {
			return Kind.THROTTLED;
		}
		if (status == 422 || (status == 400 && !decoded.reasons().isEmpty())) {
			return Kind.VALIDATION;
		}
		if (status >= 500 && status != 501) {
			return Kind.UNAVAILABLE;
		}
		return Kind.REJECTED;
	}

	private static @Nullable Duration retryAfter(HttpHeaders headers) {
		return headers.firstValue("retry-after").map((value) -> {
			try {
				return Duration.ofSeconds(Long.parseLong(value.trim()));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}).orElse(null);
	}

	private ConnectorException failure(Kind kind, HttpCall call, @Nullable String detail, @Nullable Throwable cause) {
		String message = this.label + ": " + call.operation() + " (" + call.describe() + ") " + detail;
		return new ConnectorException(kind, message, 0, List.of(), null, cause);
	}

	private static void pause(Duration delay, ConnectorException pending) {
		try {
			Thread.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw pending;
		}
	}

}
