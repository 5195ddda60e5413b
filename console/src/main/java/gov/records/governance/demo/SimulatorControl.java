package gov.records.governance.demo;

import gov.records.governance.access.DepartmentScope;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.shared.ValidationException;
import gov.records.governance.simulator.BackendSimulator;
import gov.records.governance.simulator.Fault;
import gov.records.governance.simulator.FaultSwitches;
import gov.records.governance.simulator.SimulatorCounters;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The demo simulator's switches, for its admin page and endpoint (platform administrators
 * only, and only while the simulator runs): faults for the next requests, steady fault
 * rates, added latency, and "someone changed a setting directly in the backend".
 */
@Service
public class SimulatorControl {

	private static final String ADMIN = DepartmentScope.PLATFORM_WIDE_ADMIN;

	/** Longer than any sync waits for an answer. */
	static final Duration MAX_LATENCY = Duration.ofMinutes(2);

	private final DemoBackends backends;

	SimulatorControl(DemoBackends backends) {
		this.backends = backends;
	}

	/** Whether the simulator runs (it does in the default profile). */
	public boolean running() {
		return this.backends.simulator().isPresent();
	}

	/** Where it listens and what it has served. */
	@PreAuthorize(ADMIN)
	public Optional<SimulatorStatus> status() {
		return this.backends.simulator()
			.map((s) -> new SimulatorStatus(s.baseUri().toString(), s.faults().latency(), s.counters().snapshot()));
	}

	/** Answers the next {@code times} requests in {@code scope} with {@code fault}. */
	@PreAuthorize(ADMIN)
	public void inject(Fault fault, int times, FaultSwitches.Scope scope) {
		if (times < 1 || times > 10_000) {
			throw new ValidationException("Inject a fault for 1 to 10,000 requests.");
		}
		simulator().faults().inject(fault, times, scope);
	}

	/** Answers this share of all requests with {@code fault} (0 turns it off). */
	@PreAuthorize(ADMIN)
	public void rate(Fault fault, double fraction) {
		if (fraction < 0 || fraction > 1) {
			throw new ValidationException("A fault rate is between 0 and 1.");
		}
		simulator().faults().rate(fault, fraction);
	}

	@PreAuthorize(ADMIN)
	public void latency(Duration delay) {
		if (delay.isNegative() || delay.compareTo(MAX_LATENCY) > 0) {
			throw new ValidationException("Latency is between 0 and 2 minutes.");
		}
		simulator().faults().latency(delay);
	}

	/** Turns every fault and the latency off. */
	@PreAuthorize(ADMIN)
	public void clear() {
		simulator().faults().clear();
	}

	/** Changes a group's settings in the backend behind the console's back. */
	@PreAuthorize(ADMIN)
	public void changeDirectly(PlatformKind kind, String groupExternalId, DeletionSettings settings) {
		if (!simulator().changeDirectly(kind, groupExternalId, settings)) {
			throw new ValidationException("No such group on the simulated " + kind.label() + " backend.");
		}
	}

	private BackendSimulator simulator() {
		return this.backends.simulator()
			.orElseThrow(() -> new ValidationException("No such simulator: it runs only in the demo profile."));
	}

	/** What the admin page shows. */
	public record SimulatorStatus(String baseUri, Duration latency, SimulatorCounters.Snapshot counters) {
	}

}
