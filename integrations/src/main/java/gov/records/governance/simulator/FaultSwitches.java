package gov.records.governance.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's fault switches, safe to flip from any thread while it serves: added
 * latency, faults for the next n requests (reads, writes or both), and steady fault
 * rates. Rates are deterministic (a rate of 0.25 fails exactly every fourth request), so
 * tests never depend on chance.
 */
public final class FaultSwitches {

	/** Which requests a fault applies to. */
	public enum Scope {

		ALL, READS, WRITES

	}

	private record Pending(Fault fault, Scope scope) {

	}

	private final Deque<Pending> next = new ArrayDeque<>();

	private final Map<Fault, Double> rates = new EnumMap<>(Fault.class);

	private final Map<Fault, Double> accumulated = new EnumMap<>(Fault.class);

	private volatile Duration latency = Duration.ZERO;

	/** Delays every answer by {@code delay} (zero to stop). */
	public void latency(Duration delay) {
		this.latency = delay;
	}

	public Duration latency() {
		return this.latency;
	}

	/** Answers the next {@code times} requests in {@code scope} with {@code fault}. */
	public synchronized void inject(Fault fault, int times, Scope scope) {
		for (int i = 0; i < times; i++) {
			this.next.add(new Pending(fault, scope));
		}
	}

	public void inject(Fault fault, int times) {
		inject(fault, times, Scope.ALL);
	}

	/** Answers this fraction (0 to 1) of all requests with {@code fault}. */
	public synchronized void rate(Fault fault, double fraction) {
		if (fraction < 0 || fraction > 1) {
			throw new IllegalArgumentException("a rate is between 0 and 1");
		}
		this.rates.put(fault, fraction);
		this.accumulated.put(fault, 0.0);
	}

	/** Turns every fault and the latency off. */
	public synchronized void clear() {
		this.next.clear();
		this.rates.clear();
		this.accumulated.clear();
		this.latency = Duration.ZERO;
	}

	synchronized @Nullable Fault decide(boolean write) {
		for (var it = this.next.iterator(); it.hasNext();) {
			Pending pending = it.next();
			if (pending.scope() == Scope.ALL || (pending.scope() == Scope.WRITES) == write) {
				it.remove();
				return pending.fault();
			}
		}
		for (Map.Entry<Fault, Double> rate : this.rates.entrySet()) {
			double sum = this.accumulated.getOrDefault(rate.getKey(), 0.0) + rate.getValue();
			if (sum >= 1 - 1e-9) {
				this.accumulated.put(rate.getKey(), sum - 1);
				return rate.getKey();
			}
			this.accumulated.put(rate.getKey(), sum);
		}
		return null;
	}

}
