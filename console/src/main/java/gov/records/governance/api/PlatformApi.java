package gov.records.governance.api;

import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.backends.PlatformHealth;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.sync.CircuitBreakers;
import gov.records.governance.sync.PlatformConnections;
import gov.records.governance.sync.PlatformSyncService;
import gov.records.governance.sync.SyncOutcome;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platforms with their sync health (never their credentials), "sync now", and the
 * per-platform switch for automatic drift remediation.
 */
@RestController
@RequestMapping("/api/platforms")
class PlatformApi {

	private final BackendStatusService status;

	private final PlatformSyncService sync;

	private final PlatformService platforms;

	private final CircuitBreakers breakers;

	private final PlatformConnections connections;

	PlatformApi(BackendStatusService status, PlatformSyncService sync, PlatformService platforms,
			CircuitBreakers breakers, PlatformConnections connections) {
		this.status = status;
		this.sync = sync;
		this.platforms = platforms;
		this.breakers = breakers;
		this.connections = connections;
	}

	/**
	 * A platform on the wire: its health, its circuit and where the console reaches it.
	 */
	record PlatformBody(PlatformHealth health, String circuit, @Nullable String endpoint, boolean simulated) {
	}

	/** The switch on the wire, with the reason the audit log keeps. */
	record RemediationBody(boolean autoRemediate, @Nullable String reason) {
	}

	@GetMapping
	List<PlatformBody> list() {
		return this.status.platforms().stream().map(this::body).toList();
	}

	@PostMapping("/{id}/sync")
	SyncOutcome syncNow(@PathVariable long id) {
		return this.sync.syncNow(id);
	}

	@PutMapping("/{id}/auto-remediate")
	PlatformSummary autoRemediate(@PathVariable long id,
			@RequestBody(required = false) @Nullable RemediationBody body) {
		if (body == null) {
			throw new IllegalArgumentException("Send {\"autoRemediate\": true|false, \"reason\": \"...\"}.");
		}
		return this.platforms.setAutoRemediate(id, body.autoRemediate(), body.reason());
	}

	private PlatformBody body(PlatformHealth health) {
		PlatformSummary p = health.platform();
		return new PlatformBody(health, this.breakers.state(p.id()),
				this.connections.endpoint(p).map(Object::toString).orElse(null), this.connections.simulated(p.id()));
	}

}
