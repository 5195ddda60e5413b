package gov.records.governance.outbox;

import gov.records.governance.durability.KillPoint;
import gov.records.governance.backends.SyncStore;
import gov.records.governance.compliance.ComplianceService;
import gov.records.governance.connectors.ApplyResult;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.transport.Backoff;
import gov.records.governance.connectors.transport.FailureWords;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.settings.OutboxItem;
import gov.records.governance.settings.OutboxService;
import gov.records.governance.sync.CircuitBreakers;
import gov.records.governance.sync.LockLease;
import gov.records.governance.sync.PlatformConnections;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pushes due outbox rows, oldest first, under the database lock {@code outbox} (one
 * instance at a time; leased, so a killed instance does not hold it: DD054). A push the
 * backend confirms is marked applied and its live settings stored; one that failed for a
 * reason that may pass (unreachable, timing out, throttled, an unreadable answer,
 * credentials refused) is tried again after a growing wait, up to {@code maxAttempts};
 * one the backend refuses outright is marked failed at once. A platform whose circuit is
 * open is left alone without using up attempts.
 */
@Component
public class OutboxWorker {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private static final Set<Kind> MAY_PASS = Set.of(Kind.UNAVAILABLE, Kind.TIMEOUT, Kind.THROTTLED,
			Kind.MALFORMED_RESPONSE, Kind.UNAUTHORIZED);

	private final OutboxService outbox;

	private final PlatformService platforms;

	private final PlatformConnections connections;

	private final CircuitBreakers breakers;

	private final SyncStore live;

	private final ComplianceService compliance;

	private final LockingTaskExecutor locks;

	private final OutboxProperties properties;

	OutboxWorker(OutboxService outbox, PlatformService platforms, PlatformConnections connections,
			CircuitBreakers breakers, SyncStore live, ComplianceService compliance, LockingTaskExecutor locks,
			OutboxProperties properties) {
		this.outbox = outbox;
		this.platforms = platforms;
		this.connections = connections;
		this.breakers = breakers;
		this.live = live;
		this.compliance = compliance;
		this.locks = locks;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${governance.outbox.tick:2s}", initialDelayString = "${governance.outbox.tick:2s}")
	void onSchedule() {
		// a read first: taking the lock is two commits, and an idle console would
		// otherwise write them every tick (DD070: the embedded database only appends)
		if (this.properties.enabled() && this.outbox.anyDue()) {
			drain();
		}
	}

	/**
	 * One pass over the due rows, under the lock.
	 * @return how many pushes were attempted (0 if another instance holds the lock)
	 */
	public int drain() {
		LockConfiguration lock = new LockConfiguration(Instant.now(), "outbox", LockLease.LEASE, Duration.ZERO);
		try {
			LockingTaskExecutor.TaskResult<Integer> result = this.locks.executeWithLock(this::pass, lock);
			return result.wasExecuted() ? result.getResult() : 0;
		}
		catch (Throwable ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
	}

	private int pass() {
		Map<Long, PlatformSummary> byId = this.platforms.all()
			.stream()
			.collect(Collectors.toMap(PlatformSummary::id, Function.identity()));
		int attempted = 0;
		for (OutboxItem item : this.outbox.due(this.properties.batch())) {
			PlatformSummary platform = byId.get(item.platformId());
			if (platform == null || !platform.connected()) {
				this.outbox.markFailed(item, "The group's platform has no connector to push to.");
				continue;
			}
			if (!this.breakers.permit(platform.id())) {
				continue;
			}
			attempted++;
			push(platform, item);
		}
		return attempted;
	}

	private void push(PlatformSummary platform, OutboxItem item) {
		long begin = System.nanoTime();
		try {
			KillPoint.reach("outbox.pushing");
			ApplyResult result = this.connections.open(platform)
				.push(item.groupExternalId(), item.settings(), item.idempotencyToken());
			KillPoint.reach("outbox.pushed");
			this.breakers.succeeded(platform.id(), Duration.ofNanos(System.nanoTime() - begin));
			this.live.recordPushed(platform.id(), item.groupId(), item.groupExternalId(), item.groupName(),
					result.settings());
			this.outbox.markApplied(item, result.settings(), result.notes());
		}
		catch (RuntimeException ex) {
			this.breakers.failed(platform.id(), Duration.ofNanos(System.nanoTime() - begin), ex);
			if (!(ex instanceof ConnectorException)) {
				log.warn("Push {} to {} failed inside the console", item.id(), platform.name(), ex);
			}
			String message = FailureWords.of(ex);
			boolean mayPass = !(ex instanceof ConnectorException connector) || MAY_PASS.contains(connector.kind());
			if (mayPass && item.attempts() + 1 < this.properties.maxAttempts()) {
				Duration wait = new Backoff(this.properties.initialBackoff(), this.properties.maxBackoff())
					.delay(item.attempts() + 1, (ex instanceof ConnectorException c) ? c.retryAfter() : null);
				this.outbox.markRetry(item, wait, message);
				log.info("Push {} to {} failed (attempt {}), retrying in {}: {}", item.id(), platform.name(),
						item.attempts() + 1, wait, message);
				return;
			}
			this.outbox.markFailed(item, message);
			log.warn("Push {} to {} failed for good after {} attempts: {}", item.id(), platform.name(),
					item.attempts() + 1, message);
		}
		try {
			this.compliance.evaluateGroups(Set.of(item.groupId()), "pushed to " + platform.name());
		}
		catch (RuntimeException ex) {
			log.error("Re-evaluating group {} after its push failed", item.groupId(), ex);
		}
	}

}
