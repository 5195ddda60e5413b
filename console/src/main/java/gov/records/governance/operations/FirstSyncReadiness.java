package gov.records.governance.operations;

import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.backends.PlatformHealth;
import gov.records.governance.sync.SyncAttempted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health/readiness} as {@code firstSync}: OUT_OF_SERVICE until
 * every connected platform has had its first sync attempt since this instance started (an
 * attempt, not a success: a backend that is down must not keep the console out of the
 * load balancer), or was synced by another instance within its interval. Once ready, it
 * stays ready: a backend failing later is a platform's health, not the console's (DD055).
 */
@Component("firstSync")
class FirstSyncReadiness implements HealthIndicator {

	private final BackendStatusService status;

	private final Clock clock;

	private final boolean syncEnabled;

	private final Set<Long> attempted = ConcurrentHashMap.newKeySet();

	private volatile boolean ready;

	FirstSyncReadiness(BackendStatusService status, Clock clock,
			@Value("${governance.sync.enabled:true}") boolean syncEnabled) {
		this.status = status;
		this.clock = clock;
		this.syncEnabled = syncEnabled;
	}

	@EventListener
	void attempted(SyncAttempted attempt) {
		this.attempted.add(attempt.platformId());
	}

	@Override
	public Health health() {
		if (!this.syncEnabled) {
			return Health.up().withDetail("sync", "off").build();
		}
		if (this.ready) {
			return Health.up().build();
		}
		Instant now = this.clock.instant();
		List<String> waiting = this.status.platformsForJobs()
			.stream()
			.filter((health) -> health.platform().connected())
			.filter((health) -> !this.attempted.contains(health.platform().id()) && !fresh(health, now))
			.map((health) -> health.platform().name())
			.toList();
		if (waiting.isEmpty()) {
			this.ready = true;
			return Health.up().build();
		}
		return Health.outOfService().withDetail("waitingForFirstSync", waiting).build();
	}

	/** Synced (by any instance) recently enough that no instance will try it now. */
	private static boolean fresh(PlatformHealth health, Instant now) {
		Instant last = health.lastAttemptAt();
		return last != null && now.isBefore(last.plus(Duration.ofSeconds(health.platform().syncIntervalSeconds())));
	}

}
