package gov.records.governance.simulator;

import gov.records.governance.platforms.PlatformKind;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulator has seen, so tests can prove that nothing was applied twice: every
 * request, every write actually applied (per group), every write answered from the
 * idempotency cache instead, every direct change, every refused credential and every
 * injected fault.
 */
public final class SimulatorCounters {

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong writesApplied = new AtomicLong();

	private final AtomicLong replays = new AtomicLong();

	private final AtomicLong directChanges = new AtomicLong();

	private final AtomicLong refusedCredentials = new AtomicLong();

	private final AtomicLong faults = new AtomicLong();

	private final Map<String, AtomicLong> appliedPerTarget = new ConcurrentHashMap<>();

	/** A consistent-enough copy for an admin page or a test assertion. */
	public record Snapshot(long requests, long writesApplied, long replays, long directChanges, long refusedCredentials,
			long faults) {

	}

	public Snapshot snapshot() {
		return new Snapshot(this.requests.get(), this.writesApplied.get(), this.replays.get(), this.directChanges.get(),
				this.refusedCredentials.get(), this.faults.get());
	}

	/**
	 * How many writes changed this target ({@code network} for Wickr's network-wide
	 * ones).
	 */
	public long applied(PlatformKind kind, String target) {
		AtomicLong count = this.appliedPerTarget.get(kind + ":" + target);
		return (count == null) ? 0 : count.get();
	}

	public long writesApplied() {
		return this.writesApplied.get();
	}

	public long replays() {
		return this.replays.get();
	}

	void request() {
		this.requests.incrementAndGet();
	}

	void apply(PlatformKind kind, String target) {
		this.writesApplied.incrementAndGet();
		this.appliedPerTarget.computeIfAbsent(kind + ":" + target, (key) -> new AtomicLong()).incrementAndGet();
	}

	void replay() {
		this.replays.incrementAndGet();
	}

	void directChange() {
		this.directChanges.incrementAndGet();
	}

	void refusedCredentials() {
		this.refusedCredentials.incrementAndGet();
	}

	void fault() {
		this.faults.incrementAndGet();
	}

}
