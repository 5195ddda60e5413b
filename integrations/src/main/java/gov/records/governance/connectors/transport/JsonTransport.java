package gov.records.governance.connectors.transport;

import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.ConnectorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Sends {@link HttpCall}s as JSON over the {@link SharedHttpClient}: authenticates each
 * attempt afresh (a SigV4 signature carries its time), applies the request time-out (no
 * answer, or a body still arriving, after it is a time-out), bounds the body
 * ({@link BoundedBody}: received whole, then read), retries what is retryable with
 * {@link Backoff}, and turns every failure into a {@link ConnectorException} naming
 * {@code label} and the operation. The call runs on the caller's thread from start to
 * end.
 */
public final class JsonTransport {

	private final SharedHttpClient client;

	private final RequestConfig config;

	private final ConnectorOptions options;

	private final String label;

	private final RequestAuthenticator authenticator;

	private final ErrorDecoder errors;

	private final Backoff backoff;

	public JsonTransport(SharedHttpClient client, ConnectorOptions options, String label,
			RequestAuthenticator authenticator, ErrorDecoder errors) {
		this.client = client;
		this.config = RequestConfig.custom()
			.setResponseTimeout(SharedHttpClient.timeout(options.requestTimeout()))
			.setConnectionRequestTimeout(SharedHttpClient.timeout(options.connectTimeout()))
			.build();
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
	 * Sends a write that must not be applied twice even where the backend ignores its
	 * idempotency token (read-before-retry, DD007): after a failure whose outcome is
	 * unknown (a lost answer, a time-out, a 5xx) it asks {@code landed} whether the write
	 * took effect and, when it did, returns that instead of sending it again. A 429 is a
	 * request the backend did not process and is simply sent again.
	 * @param landed the state read back when the write took effect, else null
	 */
	public <T> T sendReadingBeforeRetry(HttpCall call, BodyReader<T> reader, Supplier<@Nullable T> landed) {
		for (int attempt = 1;; attempt++) {
			try {
				return read(call, once(call), reader);
			}
			catch (ConnectorException ex) {
				if (!ex.retryable() || attempt >= this.options.maxAttempts()) {
					throw ex;
				}
				pause(this.backoff.delay(attempt, ex.retryAfter()), ex);
				if (ex.kind() != Kind.THROTTLED) {
					T seen = landed.get();
					if (seen != null) {
						return seen;
					}
				}
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
			throw malformed(call, FailureWords.json(ex), ex);
		}
	}

	/**
	 * Runs a connector operation that reads the answers {@link #send} returned: a field
	 * missing or of the wrong type, a number that is not one or out of range, JSON of
	 * another shape than expected, met while reading them, is {@code MALFORMED_RESPONSE}
	 * naming the operation (never another exception: the caller stores and shows the
	 * message). Failures of the calls themselves pass unchanged.
	 */
	public <T> T reading(String operation, Supplier<T> work) {
		try {
			return work.get();
		}
		catch (ConnectorException ex) {
			throw ex;
		}
		catch (ResponseFormatException ex) {
			throw new ConnectorException(Kind.MALFORMED_RESPONSE, this.label + ": " + operation
					+ ": the answer did not have the shape expected (" + ex.getMessage() + ")", ex);
		}
		catch (JacksonException | ArithmeticException | DateTimeException | IllegalArgumentException ex) {
			throw new ConnectorException(Kind.MALFORMED_RESPONSE,
					this.label + ": " + operation + ": the answer held a value the console cannot use", ex);
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
		HttpUriRequestBase request = request(call);
		long deadline = System.nanoTime() + this.options.requestTimeout().toNanos();
		int status;
		Header type;
		Header errorType;
		Header retryAfter;
		byte[] body;
		try (ClassicHttpResponse response = this.client.client().executeOpen(null, request, null)) {
			status = response.getCode();
			type = response.getFirstHeader("content-type");
			errorType = response.getFirstHeader("x-amzn-errortype");
			retryAfter = response.getFirstHeader("retry-after");
			try {
				body = body(response.getEntity(), deadline);
			}
			catch (IOException | RuntimeException ex) {
				// drop the connection rather than drain a refused or stalled body into
				// the pool
				request.cancel();
				throw ex;
			}
		}
		catch (ResponseFormatException ex) {
			throw malformed(call, ex.getMessage(), ex);
		}
		catch (IOException ex) {
			if (Thread.currentThread().isInterrupted()) {
				throw failure(Kind.UNAVAILABLE, call, "interrupted", ex);
			}
			if (ex instanceof InterruptedIOException) {
				// the socket, connect and pool time-outs, and a body still arriving too
				// late
				throw failure(Kind.TIMEOUT, call, "no answer within " + this.options.requestTimeout(), ex);
			}
			throw failure(Kind.UNAVAILABLE, call, "failed: " + FailureWords.connection(ex), ex);
		}
		if (status < 200 || status >= 300) {
			throw error(call, status, value(errorType), value(retryAfter), body);
		}
		String contentType = value(type);
		if (status != 204 && (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json"))) {
			throw malformed(call, "expected JSON but the answer is '"
					+ ((contentType == null || contentType.isEmpty()) ? "without a content type" : contentType) + "'",
					null);
		}
		return body;
	}

	private byte[] body(@Nullable HttpEntity entity, long deadline) throws IOException {
		if (entity == null) {
			return new byte[0];
		}
		InputStream in = entity.getContent();
		byte[] body = BoundedBody.read(in, entity.getContentLength(), this.options.maxResponseBytes(), deadline);
		// read to its end: closing hands the connection back to the pool
		in.close();
		return body;
	}

	private HttpUriRequestBase request(HttpCall call) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("accept", "application/json");
		if (call.body().length > 0) {
			headers.put("content-type", "application/json");
		}
		if (call.clientToken() != null) {
			headers.put("x-client-token", call.clientToken());
		}
		this.authenticator.authenticate(call, headers);
		HttpUriRequestBase request = new HttpUriRequestBase(call.method(), call.uri());
		request.setConfig(this.config);
		headers.forEach((name, value) -> {
			if (!name.equals("host")) {
				request.addHeader(name, value);
			}
		});
		if (call.body().length > 0) {
			request.setEntity(new ByteArrayEntity(call.body(), null));
		}
		return request;
	}

	private static @Nullable String value(@Nullable Header header) {
		return (header == null) ? null : header.getValue();
	}

	private ConnectorException error(HttpCall call, int status, @Nullable String errorType,
			@Nullable String retryAfterHeader, byte[] body) {
		JsonNode node;
		try {
			node = Json.tree(body);
		}
		catch (RuntimeException ex) {
			node = MissingNode.getInstance();
		}
		ErrorDecoder.Decoded decoded = this.errors.decode(node, errorType);
		Duration retryAfter = (decoded.retryAfter() != null) ? decoded.retryAfter() : retryAfter(retryAfterHeader);
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

	private static @Nullable Duration retryAfter(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Duration.ofSeconds(Long.parseLong(value.trim()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
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
