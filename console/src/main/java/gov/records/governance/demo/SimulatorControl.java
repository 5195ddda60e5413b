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
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

	/** The backends the simulator serves, each with its own fault switches. */
	public static final List<PlatformKind> SIMULATED = List.of(PlatformKind.WICKR, PlatformKind.MATTERMOST,
			PlatformKind.MATRIX, PlatformKind.SLACK);

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
		inject(null, fault, times, scope);
	}

	/**
	 * Answers the next {@code times} requests in {@code scope} to one platform's backend
	 * ({@code null}: any backend) with {@code fault}.
	 */
	@PreAuthorize(ADMIN)
	public void inject(@Nullable PlatformKind platform, Fault fault, int times, FaultSwitches.Scope scope) {
		if (times < 1 || times > 10_000) {
			throw new ValidationException("Inject a fault for 1 to 10,000 requests.");
		}
		switches(platform).inject(fault, times, scope);
	}

	/** Answers this share of all requests with {@code fault} (0 turns it off). */
	@PreAuthorize(ADMIN)
	public void rate(Fault fault, double fraction) {
		rate(null, fault, fraction);
	}

	/**
	 * Answers this share of the requests to one platform's backend ({@code null}: every
	 * backend) with {@code fault} (0 turns it off).
	 */
	@PreAuthorize(ADMIN)
	public void rate(@Nullable PlatformKind platform, Fault fault, double fraction) {
		if (fraction < 0 || fraction > 1) {
			throw new ValidationException("A fault rate is between 0 and 1.");
		}
		switches(platform).rate(fault, fraction);
	}

	@PreAuthorize(ADMIN)
	public void latency(Duration delay) {
		latency(null, delay);
	}

	/** Delays the answers of one platform's backend ({@code null}: every backend). */
	@PreAuthorize(ADMIN)
	public void latency(@Nullable PlatformKind platform, Duration delay) {
		if (delay.isNegative() || delay.compareTo(MAX_LATENCY) > 0) {
			throw new ValidationException("Latency is between 0 and 2 minutes.");
		}
		switches(platform).latency(delay);
	}

	/** Turns every fault and the latency off, on every backend. */
	@PreAuthorize(ADMIN)
	public void clear() {
		BackendSimulator simulator = simulator();
		simulator.faults().clear();
		SIMULATED.forEach((kind) -> simulator.faults(kind).clear());
	}

	private FaultSwitches switches(@Nullable PlatformKind platform) {
		if (platform != null && !SIMULATED.contains(platform)) {
			throw new ValidationException("The simulator serves Wickr, Mattermost, Matrix and Slack only.");
		}
		return (platform == null) ? simulator().faults() : simulator().faults(platform);
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
