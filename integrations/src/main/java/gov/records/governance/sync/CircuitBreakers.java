package gov.records.governance.sync;

import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * A Resilience4j circuit breaker per platform, shared by the sync and the outbox: after
 * {@code failuresToOpen} failed calls in a row the platform is left alone for
 * {@code openFor}, then one call tries it again. Only failures of the backend count
 * (unreachable, timing out, throttling, answering nonsense, refusing the credentials); a
 * refused setting does not.
 */
@Component
public class CircuitBreakers {

	private static final Set<Kind> BACKEND_FAILURES = Set.of(Kind.UNAVAILABLE, Kind.TIMEOUT, Kind.THROTTLED,
			Kind.MALFORMED_RESPONSE, Kind.UNAUTHORIZED);

	private final CircuitBreakerRegistry registry;

	private final Map<Long, AtomicInteger> inARow = new ConcurrentHashMap<>();

	CircuitBreakers(SyncProperties properties) {
		int failures = Math.max(1, properties.failuresToOpen());
		this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(failures)
			.minimumNumberOfCalls(failures)
			.failureRateThreshold(100)
			.waitDurationInOpenState(properties.openFor())
			.permittedNumberOfCallsInHalfOpenState(1)
			.recordException(CircuitBreakers::backendFailure)
			.build());
	}

	/** Whether a call to the platform may go ahead now. */
	public boolean permit(long platformId) {
		return breaker(platformId).tryAcquirePermission();
	}

	public void succeeded(long platformId, Duration took) {
		breaker(platformId).onSuccess(took.toNanos(), TimeUnit.NANOSECONDS);
		counter(platformId).set(0);
	}

	public void failed(long platformId, Duration took, Throwable error) {
		breaker(platformId).onError(took.toNanos(), TimeUnit.NANOSECONDS, error);
		if (backendFailure(error)) {
			counter(platformId).incrementAndGet();
		}
		else {
			counter(platformId).set(0);
		}
	}

	/**
	 * The backend failures in a row that the breaker counts (syncs and pushes alike; a
	 * refused setting ends the run, as it counts as a success for the breaker), so the
	 * figure shown beside the circuit is the one that opened it.
	 */
	public int failuresInARow(long platformId) {
		return counter(platformId).get();
	}

	private AtomicInteger counter(long platformId) {
		return this.inARow.computeIfAbsent(platformId, (id) -> new AtomicInteger());
	}

	/** The breaker's state as the Platforms view shows it: Closed, Open or Half-open. */
	public String state(long platformId) {
		return switch (breaker(platformId).getState()) {
			case OPEN, FORCED_OPEN -> "Open";
			case HALF_OPEN -> "Half-open";
			default -> "Closed";
		};
	}

	private CircuitBreaker breaker(long platformId) {
		return this.registry.circuitBreaker("platform-" + platformId);
	}

	static boolean backendFailure(Throwable error) {
		return !(error instanceof ConnectorException ex) || BACKEND_FAILURES.contains(ex.kind());
	}

}
