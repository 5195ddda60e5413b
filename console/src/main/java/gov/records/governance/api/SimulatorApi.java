package gov.records.governance.api;

import gov.records.governance.demo.SimulatorControl;
import gov.records.governance.demo.SimulatorControl.SimulatorStatus;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.simulator.Fault;
import gov.records.governance.simulator.FaultSwitches;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's backend simulator, for tests and demonstrations (platform administrators,
 * default profile only; 404 elsewhere): its counters, fault switches and direct changes
 * "behind the console's back".
 */
@RestController
@RequestMapping("/api/simulator")
class SimulatorApi {

	private final SimulatorControl simulator;

	SimulatorApi(SimulatorControl simulator) {
		this.simulator = simulator;
	}

	/**
	 * A fault for the next {@code times} requests of a scope, or a steady rate; to one
	 * platform's backend ({@code platformKind}) or, without it, to all.
	 */
	record FaultBody(@Nullable Fault fault, @Nullable Integer times, FaultSwitches.@Nullable Scope scope,
			@Nullable Double rate, @Nullable PlatformKind platformKind) {
	}

	/** A change made directly in a backend. */
	record DirectChange(@Nullable PlatformKind platformKind, @Nullable String groupExternalId,
			@Nullable SettingsBody settings) {
	}

	@GetMapping
	SimulatorStatus status() {
		return this.simulator.status().orElseThrow(() -> new NotFoundException("The simulator is not running."));
	}

	@PostMapping("/faults")
	Map<String, Object> fault(@RequestBody FaultBody body) {
		if (body.fault() == null) {
			throw new IllegalArgumentException("Name the fault: one of " + java.util.Arrays.toString(Fault.values()));
		}
		if (body.rate() != null) {
			this.simulator.rate(body.platformKind(), body.fault(), body.rate());
		}
		else {
			this.simulator.inject(body.platformKind(), body.fault(), (body.times() == null) ? 1 : body.times(),
					(body.scope() == null) ? FaultSwitches.Scope.ALL : body.scope());
		}
		return Map.of("fault", body.fault());
	}

	@PostMapping("/latency")
	Map<String, Object> latency(@RequestBody Map<String, Long> body) {
		long millis = body.getOrDefault("millis", 0L);
		this.simulator.latency(Duration.ofMillis(millis));
		return Map.of("latencyMillis", millis);
	}

	@PostMapping("/clear")
	Map<String, Object> clear() {
		this.simulator.clear();
		return Map.of("cleared", true);
	}

	@PostMapping("/direct-changes")
	Map<String, Object> changeDirectly(@RequestBody DirectChange change) {
		if (change.platformKind() == null || change.groupExternalId() == null || change.settings() == null) {
			throw new IllegalArgumentException("Send platformKind, groupExternalId and settings.");
		}
		this.simulator.changeDirectly(change.platformKind(), change.groupExternalId(), change.settings().toSettings());
		return Map.of("changed", change.groupExternalId());
	}

}
