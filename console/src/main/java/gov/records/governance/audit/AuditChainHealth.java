package gov.records.governance.audit;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The audit chain in {@code /actuator/health} as {@code auditChain}: always UP (a broken
 * chain is an alarm, not an outage, so no load balancer takes the console away over it),
 * with {@code chain: intact} or {@code chain: broken} and where and why (DD027).
 */
@Component("auditChain")
class AuditChainHealth implements HealthIndicator {

	private final AuditChainAlarm alarm;

	AuditChainHealth(AuditChainAlarm alarm) {
		this.alarm = alarm;
	}

	@Override
	public Health health() {
		return this.alarm.current()
			.map((known) -> Health.up()
				.withDetail("chain", "broken")
				.withDetail("brokenAt", known.brokenAt())
				.withDetail("problem", known.problem())
				.withDetail("detectedAt", known.detectedAt().toString())
				.withDetail("checkpoints", "not signed over the break")
				.build())
			.orElseGet(() -> Health.up().withDetail("chain", "intact").build());
	}

}
