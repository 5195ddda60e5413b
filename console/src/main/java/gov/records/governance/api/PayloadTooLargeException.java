package gov.records.governance.api;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** A request body went past its limit while it was read. */
class PayloadTooLargeException extends IOException {

	private final long limit;

	PayloadTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
		this.limit = limit;
	}

	long limit() {
		return this.limit;
	}

	/** This exception among the causes of {@code ex}, if it is there. */
	static @Nullable PayloadTooLargeException in(Throwable ex) {
		for (@Nullable
		Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof PayloadTooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

}
