package gov.records.governance.connectors;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A backend call that failed, typed by {@link Kind} so callers decide without parsing
 * messages. The message names the platform, the operation and the backend's own reason;
 * it never contains credentials or tokens.
 */
public class ConnectorException extends RuntimeException {

	/** What went wrong, from the caller's point of view. */
	public enum Kind {

		/** The credentials were refused (401, 403, a bad signature). */
		UNAUTHORIZED,
		/** The network, group or policy does not exist. */
		NOT_FOUND,
		/** The backend asked us to slow down (429) and retries ran out. */
		THROTTLED,
		/** The settings were refused, with the {@link #reasons() field reasons}. */
		VALIDATION,
		/** Another client error (400, 409, 501) that retrying will not fix. */
		REJECTED,
		/**
		 * The answer was not the JSON expected: unparsable, too large, a field missing.
		 */
		MALFORMED_RESPONSE,
		/** The backend failed (5xx) or the connection dropped, and retries ran out. */
		UNAVAILABLE,
		/** No answer within the request time-out, and retries ran out. */
		TIMEOUT

	}

	private final Kind kind;

	private final int status;

	private final List<FieldReason> reasons;

	private final @Nullable Duration retryAfter;

	public ConnectorException(Kind kind, String message) {
		this(kind, message, 0, List.of(), null, null);
	}

	public ConnectorException(Kind kind, String message, @Nullable Throwable cause) {
		this(kind, message, 0, List.of(), null, cause);
	}

	public ConnectorException(Kind kind, String message, int status, List<FieldReason> reasons,
			@Nullable Duration retryAfter, @Nullable Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.status = status;
		this.reasons = List.copyOf(reasons);
		this.retryAfter = retryAfter;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The HTTP status the backend answered, or 0 when there was no answer. */
	public int status() {
		return this.status;
	}

	/** For {@link Kind#VALIDATION}: which fields were refused and why. */
	public List<FieldReason> reasons() {
		return this.reasons;
	}

	/** How long the backend asked us to wait, when it said so. */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whether the same request may succeed later (throttling, outages, time-outs). */
	public boolean retryable() {
		return this.kind == Kind.THROTTLED || this.kind == Kind.UNAVAILABLE || this.kind == Kind.TIMEOUT;
	}

	/** A field the backend (or the connector, before sending) refused, and why. */
	public record FieldReason(String field, String reason) {

	}

}
