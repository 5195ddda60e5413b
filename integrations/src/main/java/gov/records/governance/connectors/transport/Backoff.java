package gov.records.governance.connectors.transport;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Bounded exponential back-off with jitter: attempt n waits between half and all of
 * {@code initial * 2^(n-1)}, never more than {@code max}; a backend's own wait hint
 * (Retry-After) wins when it is shorter than {@code max}.
 */
public record Backoff(Duration initial, Duration max) {

	public Duration delay(int attempt, @Nullable Duration hint) {
		if (hint != null) {
			return (hint.compareTo(this.max) > 0) ? this.max : hint;
		}
		long base = this.initial.toMillis() << Math.min(attempt - 1, 20);
		long capped = Math.min(Math.max(base, 0), this.max.toMillis());
		long half = capped / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
	}

}
