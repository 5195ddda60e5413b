package gov.records.governance.sync;

import gov.records.governance.access.DepartmentScope;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.backends.SyncResult;
import gov.records.governance.backends.SyncStore;
import gov.records.governance.connectors.BackendConnector;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.transport.FailureWords;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.shared.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Syncs one platform: under the platform's database lock (another instance syncing it
 * means this one skips), through its circuit breaker (an open circuit means the platform
 * is left alone), reading the backend through its connector and storing the result in one
 * transaction. A failure is recorded with its reason and the last good state stays. What
 * follows a success is {@link SyncFollowUp}'s.
 */
@Service
public class PlatformSyncService {

	private static final Logger log = LoggerFactory.getLogger(PlatformSyncService.class);

	private final PlatformService platforms;

	private final PlatformConnections connections;

	private final CircuitBreakers breakers;

	private final SyncStore store;

	private final LockingTaskExecutor locks;

	private final SyncFollowUp followUp;

	private final AuditService audit;

	private final SyncProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PlatformSyncService(PlatformService platforms, PlatformConnections connections, CircuitBreakers breakers,
			SyncStore store, LockingTaskExecutor locks, SyncFollowUp followUp, AuditService audit,
			SyncProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
		this.platforms = platforms;
		this.connections = connections;
		this.breakers = breakers;
		this.store = store;
		this.locks = locks;
		this.followUp = followUp;
		this.audit = audit;
		this.properties = properties;
	}

	/**
	 * "Sync now" from the console or the API: audited, then the same as a scheduled sync.
	 */
	@PreAuthorize(DepartmentScope.PLATFORM_WIDE_ADMIN)
	public SyncOutcome syncNow(long platformId) {
		PlatformSummary platform = this.platforms.find(platformId)
			.orElseThrow(() -> new ValidationException("No such platform."));
		this.audit.record(AuditEntry.of("platform.sync.requested", "platform", platformId));
		return sync(platform, "on demand");
	}

	/** Syncs the platform now unless another instance is at it or its circuit is open. */
	public SyncOutcome sync(PlatformSummary platform, String trigger) {
		return sync(platform, trigger, false);
	}

	/**
	 * Syncs the platform, under its lock. With {@code onlyIfDue}, a platform another
	 * instance synced since this one looked is left alone.
	 */
	SyncOutcome sync(PlatformSummary platform, String trigger, boolean onlyIfDue) {
		long begin = System.nanoTime();
		SyncOutcome.Status status = SyncOutcome.Status.FAILED;
		try {
			SyncOutcome outcome = attempt(platform, trigger, onlyIfDue);
			status = outcome.status();
			return outcome;
		}
		finally {
			if (platform.connected()) {
				this.events.publishEvent(new SyncAttempted(platform.id(), platform.name(), status,
						Duration.ofNanos(System.nanoTime() - begin)));
			}
		}
	}

	private SyncOutcome attempt(PlatformSummary platform, String trigger, boolean onlyIfDue) {
		if (!platform.connected()) {
			return SyncOutcome.skipped(platform.id(), platform.name(), platform.name() + " has no connector.");
		}
		LockConfiguration lock = new LockConfiguration(Instant.now(), "sync-platform-" + platform.id(),
				max(this.properties.lockAtMostFor(), LockLease.LEASE), Duration.ZERO);
		try {
			LockingTaskExecutor.TaskResult<SyncOutcome> result = this.locks
				.executeWithLock(() -> (onlyIfDue && !due(platform))
						? SyncOutcome.skipped(platform.id(), platform.name(),
								platform.name() + " was synced by another instance meanwhile.")
						: locked(platform, trigger), lock);
			return result.wasExecuted() ? result.getResult() : SyncOutcome.skipped(platform.id(), platform.name(),
					"Another console instance is syncing " + platform.name() + " right now.");
		}
		catch (Throwable ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
	}

	private SyncOutcome locked(PlatformSummary platform, String trigger) {
		if (!this.breakers.permit(platform.id())) {
			return SyncOutcome.skipped(platform.id(), platform.name(), "The circuit for " + platform.name()
					+ " is open after repeated failures; it is tried again in " + this.properties.openFor() + ".");
		}
		long begin = System.nanoTime();
		try {
			BackendConnector connector = this.connections.open(platform);
			SyncResult result = this.store.sync(platform.id(), StatusMapping.source(connector));
			this.breakers.succeeded(platform.id(), Duration.ofNanos(System.nanoTime() - begin));
			log.info("Synced {} ({}): {} groups, {} new, {} changed, {} gone, {} not governed, in {} ms",
					platform.name(), trigger, result.seen(), result.inserted(), result.updated(), result.removed(),
					result.unmatched(), result.took().toMillis());
			this.followUp.afterSync(platform, result);
			return new SyncOutcome(platform.id(), platform.name(), SyncOutcome.Status.SYNCED,
					"Synced " + result.seen() + " groups from " + platform.name() + " (" + result.inserted() + " new, "
							+ result.updated() + " changed, " + result.removed() + " gone).",
					result);
		}
		catch (RuntimeException ex) {
			this.breakers.failed(platform.id(), Duration.ofNanos(System.nanoTime() - begin), ex);
			String message = describe(ex);
			int failures = this.store.recordFailure(platform.id(), message);
			log.warn("Sync of {} ({}) failed ({} in a row): {}", platform.name(), trigger, failures, message);
			return new SyncOutcome(platform.id(), platform.name(), SyncOutcome.Status.FAILED, message, null);
		}
	}

	/**
	 * Whether the platform's interval has passed since its last attempt (on any
	 * instance).
	 */
	private boolean due(PlatformSummary platform) {
		return SyncScheduler.due(this.store.lastAttemptAt(platform.id()).orElse(null), platform.syncIntervalSeconds(),
				this.clock.instant());
	}

	/**
	 * The reason for a failure, fit to store and show (connector messages hold no
	 * secrets).
	 */
	static String describe(RuntimeException ex) {
		if (ex instanceof org.springframework.dao.DataAccessException) {
			log.warn("Storing a sync failed", ex);
			return "The console could not store the sync (its database refused the write; its log has the details)";
		}
		if (!(ex instanceof ConnectorException)) {
			log.warn("A sync failed inside the console", ex);
		}
		return FailureWords.of(ex);
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
