package gov.records.governance.security;

import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes failed sign-ins to the audit log at a bounded rate, so a flood of wrong
 * passwords (from many clients, with made-up names) cannot flood the log: at most
 * {@code governance.login.audited-failures-per-minute} a minute (a token bucket); the
 * rest are counted and the count goes into the next event written, or into a
 * {@code login.failed.suppressed} summary once a minute.
 */
@Component
class FailedLoginAudit {

	private final AuditService audit;

	private final Clock clock;

	private final int perMinute;

	private double tokens;

	private Instant refilled;

	private long suppressed;

	FailedLoginAudit(AuditService audit, Clock clock, LoginThrottleProperties properties) {
		this.audit = audit;
		this.clock = clock;
		this.perMinute = Math.max(1, properties.auditedFailuresPerMinute());
		this.tokens = this.perMinute;
		this.refilled = clock.instant();
	}

	/** A failed sign-in of an already sanitised name, with a plain reason. */
	void failed(String username, String reason) {
		long before;
		synchronized (this) {
			if (!take()) {
				this.suppressed++;
				return;
			}
			before = this.suppressed;
			this.suppressed = 0;
		}
		this.audit.recordFor(username, null, AuditEntry.of("login.failed", "user", username)
			.withReason(reason + ((before > 0) ? " (" + before + " earlier failed sign-ins not recorded)" : "")));
	}

	/** Once a minute: the failures left out since the last event, if any. */
	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void summarise() {
		long count;
		synchronized (this) {
			if (this.suppressed == 0 || !take()) {
				return;
			}
			count = this.suppressed;
			this.suppressed = 0;
		}
		this.audit.recordFor("system", null, AuditEntry.of("login.failed.suppressed", "user", "*")
			.withReason(count + " failed sign-ins not recorded one by one (rate limit)"));
	}

	private boolean take() {
		Instant now = this.clock.instant();
		double minutes = Duration.between(this.refilled, now).toMillis() / 60_000.0;
		this.tokens = Math.min(this.perMinute, this.tokens + minutes * this.perMinute);
		this.refilled = now;
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return true;
		}
		return false;
	}

}
