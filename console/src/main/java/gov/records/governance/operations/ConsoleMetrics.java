package gov.records.governance.operations;

import gov.records.governance.audit.AuditService;
import gov.records.governance.compliance.OpenFindingCounts;
import gov.records.governance.compliance.Severity;
import gov.records.governance.reports.ReportGenerated;
import gov.records.governance.settings.OutboxBacklog;
import gov.records.governance.settings.OutboxService;
import gov.records.governance.sync.SyncAttempted;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The console's own metrics (DD055), at {@code /actuator/prometheus} as
 * {@code governance_sync_seconds{platform,outcome}},
 * {@code governance_findings_open{severity}}, {@code governance_outbox_pending},
 * {@code governance_outbox_oldest_age_seconds}, {@code governance_audit_appends_total}
 * and {@code governance_report_generation_seconds{type,outcome}}. The gauges read the
 * database at most every few seconds, whoever scrapes.
 */
@Component
class ConsoleMetrics implements MeterBinder {

	static final String SYNC = "governance.sync";

	static final String REPORT_GENERATION = "governance.report.generation";

	private final OpenFindingCounts findings;

	private final OutboxService outbox;

	private final AuditService audit;

	private final Clock clock;

	private final Cached<Map<Severity, Long>> openFindings;

	private final Cached<OutboxBacklog> backlog;

	private volatile @Nullable MeterRegistry registry;

	ConsoleMetrics(OpenFindingCounts findings, OutboxService outbox, AuditService audit, Clock clock) {
		this.findings = findings;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
		this.openFindings = new Cached<>(this.findings::departmentWide);
		this.backlog = new Cached<>(this.outbox::backlog);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		for (Severity severity : Severity.values()) {
			Gauge
				.builder("governance.findings.open", this, (self) -> self.openFindings.get().getOrDefault(severity, 0L))
				.description("Open findings, department-wide")
				.tag("severity", severity.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
		Gauge.builder("governance.outbox.pending", this, (self) -> self.backlog.get().pending())
			.description("Applied changes waiting to be pushed to their backend")
			.register(registry);
		Gauge.builder("governance.outbox.oldest.age", this, ConsoleMetrics::oldestAgeSeconds)
			.description("How long the oldest waiting push has waited (0 when none waits)")
			.baseUnit("seconds")
			.register(registry);
		FunctionCounter.builder("governance.audit.appends", this.audit, AuditService::appendedSinceStart)
			.description("Audit events appended by this instance")
			.register(registry);
	}

	@EventListener
	void synced(SyncAttempted attempt) {
		MeterRegistry meters = this.registry;
		if (meters != null) {
			Timer.builder(SYNC)
				.description("Sync attempts per platform and outcome")
				.tag("platform", attempt.platformName())
				.tag("outcome", attempt.status().name().toLowerCase(Locale.ROOT))
				.register(meters)
				.record(attempt.took());
		}
	}

	@EventListener
	void generated(ReportGenerated report) {
		MeterRegistry meters = this.registry;
		if (meters != null) {
			Timer.builder(REPORT_GENERATION)
				.description("Report generation time per report type and outcome")
				.tag("type", report.type().toLowerCase(Locale.ROOT))
				.tag("outcome", report.succeeded() ? "done" : "failed")
				.register(meters)
				.record(report.took());
		}
	}

	private double oldestAgeSeconds() {
		Instant oldest = this.backlog.get().oldestQueuedAt();
		return (oldest == null) ? 0 : Math.max(0, Duration.between(oldest, this.clock.instant()).toMillis() / 1000.0);
	}

	/** A value read again when older than a few seconds. */
	private static final class Cached<T> {

		private static final long FOR_NANOS = Duration.ofSeconds(5).toNanos();

		private final java.util.function.Supplier<T> source;

		private @Nullable T value;

		private long readAt;

		Cached(java.util.function.Supplier<T> source) {
			this.source = source;
		}

		synchronized T get() {
			long now = System.nanoTime();
			if (this.value == null || now - this.readAt > FOR_NANOS) {
				this.value = this.source.get();
				this.readAt = now;
			}
			return this.value;
		}

	}

}
