package gov.records.governance.compliance;

import gov.records.governance.backends.CaptureReport;
import gov.records.governance.backends.CaptureReported;
import gov.records.governance.holds.HoldsChanged;
import gov.records.governance.inventory.InventoryImported;
import gov.records.governance.schedules.SchedulesChanged;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the compliance engine runs: once the console is ready, every
 * {@code governance.compliance.interval} (once across instances: an instance skips the
 * scheduled run when any instance's started less than half an interval ago), and after
 * any change to schedules, assignments or holds, a device-inventory import, or a capture
 * report that changes capture health (those can touch many groups, so they trigger a full
 * run in the background; requests that arrive while one is queued are folded into it).
 */
@Component
class ComplianceJobs {

	private static final Logger log = LoggerFactory.getLogger(ComplianceJobs.class);

	private final ComplianceService compliance;

	private final TaskExecutor executor;

	private final AtomicBoolean queued = new AtomicBoolean();

	private final ComplianceProperties properties;

	ComplianceJobs(ComplianceService compliance, ComplianceProperties properties,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.compliance = compliance;
		this.properties = properties;
		this.executor = executor;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		runInBackground("start-up");
	}

	@Scheduled(fixedDelayString = "${governance.compliance.interval:1h}",
			initialDelayString = "${governance.compliance.interval:1h}")
	void onSchedule() {
		Duration within = this.properties.interval().dividedBy(2);
		this.executor.execute(() -> {
			try {
				this.compliance.evaluateAllUnlessRecent("scheduled", within);
			}
			catch (RuntimeException ex) {
				log.error("Scheduled compliance run failed", ex);
			}
		});
	}

	@TransactionalEventListener
	void onSchedulesChanged(SchedulesChanged event) {
		runInBackground("schedules changed: " + event.what());
	}

	@TransactionalEventListener
	void onHoldsChanged(HoldsChanged event) {
		runInBackground("hold " + event.caseReference() + " changed");
	}

	@TransactionalEventListener
	void onInventoryImported(InventoryImported event) {
		runInBackground("device inventory imported");
	}

	/** A capture report re-evaluates only when it changes whether capture is healthy. */
	@TransactionalEventListener
	void onCaptureReported(CaptureReported event) {
		if (healthChanged(event, this.properties.captureStaleAfter())) {
			runInBackground("capture health of platform " + event.platformId() + " changed");
		}
	}

	static boolean healthChanged(CaptureReported event, Duration staleAfter) {
		CaptureReport before = event.previous();
		if (before == null) {
			return true;
		}
		boolean wasStale = before.reportedAt().isBefore(event.report().reportedAt().minus(staleAfter));
		return wasStale || (before.failed() > 0) != (event.report().failed() > 0);
	}

	private void runInBackground(String trigger) {
		if (!this.queued.compareAndSet(false, true)) {
			return;
		}
		this.executor.execute(() -> {
			this.queued.set(false);
			try {
				this.compliance.evaluateAll(trigger);
			}
			catch (RuntimeException ex) {
				log.error("Compliance run ({}) failed", trigger, ex);
			}
		});
	}

}
