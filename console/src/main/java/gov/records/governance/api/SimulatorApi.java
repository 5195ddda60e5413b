package gov.records.governance.api;

import gov.records.governance.demo.SimulatorControl;
import gov.records.governance.demo.SimulatorControl.SimulatorStatus;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import gov.records.governance.simulator.Fault;
import gov.records.governance.simulator.FaultSwitches;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

	/** How long the simulator waits before each answer. */
	record LatencyBody(@Nullable Long millis) {
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
			throw new ValidationException(
					List.of(new Problem(0, "fault", "required: one of " + List.of(Fault.values()))));
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
	Map<String, Object> latency(@RequestBody LatencyBody body) {
		if (body.millis() == null) {
			throw new ValidationException(List.of(new Problem(0, "millis", "required: the delay in milliseconds")));
		}
		long millis = body.millis();
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
		List<Problem> problems = new ArrayList<>();
		if (change.platformKind() == null) {
			problems.add(new Problem(0, "platformKind", "required: one of " + List.of(PlatformKind.values())));
		}
		if (change.groupExternalId() == null || change.groupExternalId().isBlank()) {
			problems.add(new Problem(0, "groupExternalId", "required: the group's id in the backend"));
		}
		if (change.settings() == null) {
			problems.add(new Problem(0, "settings", "required"));
		}
		else {
			problems.addAll(change.settings().missing("settings."));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		this.simulator.changeDirectly(change.platformKind(), change.groupExternalId(), change.settings().toSettings());
		return Map.of("changed", change.groupExternalId());
	}

}
