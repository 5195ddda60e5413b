package gov.records.governance.sync;

import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.backends.PlatformHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code governance.sync.tick}, syncs each connected platform whose own interval
 * has passed since its last attempt. Every instance runs this; the platform's lock lets
 * only one of them sync it.
 */
@Component
class SyncScheduler {

	private static final Logger log = LoggerFactory.getLogger(SyncScheduler.class);

	private final PlatformSyncService sync;

	private final BackendStatusService status;

	private final SyncProperties properties;

	private final Clock clock;

	SyncScheduler(PlatformSyncService sync, BackendStatusService status, SyncProperties properties, Clock clock) {
		this.sync = sync;
		this.status = status;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${governance.sync.tick:15s}",
			initialDelayString = "${governance.sync.first-delay:5s}")
	void syncDuePlatforms() {
		if (!this.properties.enabled()) {
			return;
		}
		Instant now = this.clock.instant();
		for (PlatformHealth health : this.status.platformsForJobs()) {
			if (health.platform().connected()
					&& due(health.lastAttemptAt(), health.platform().syncIntervalSeconds(), now)) {
				try {
					this.sync.sync(health.platform(), "scheduled", true);
				}
				catch (RuntimeException ex) {
					log.error("Scheduled sync of {} failed", health.platform().name(), ex);
				}
			}
		}
	}

	/**
	 * Whether a platform synced every {@code intervalSeconds} is due, last tried at
	 * {@code last}.
	 */
	static boolean due(@Nullable Instant last, int intervalSeconds, Instant now) {
		return last == null || !now.isBefore(last.plus(Duration.ofSeconds(intervalSeconds)));
	}

}
