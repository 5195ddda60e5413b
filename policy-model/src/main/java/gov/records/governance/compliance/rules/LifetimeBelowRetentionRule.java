package gov.records.governance.compliance.rules;

import gov.records.governance.compliance.Requirement;
import gov.records.governance.compliance.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * Messages auto-delete before the retention the schedules require, and no working capture
 * keeps a copy in a recordkeeping system.
 */
public final class LifetimeBelowRetentionRule implements GroupRule {

	public static final RuleInfo INFO = new RuleInfo("LIFETIME_BELOW_RETENTION", Severity.CRITICAL,
			"Messages auto-delete before their required retention",
			"Deleting records before their approved retention ends is unlawful destruction (36 CFR 1230.3); "
					+ "in-system deletion is allowed only when nothing goes before the retention ends (36 CFR 1236.22(c)).",
			"Raise the maximum message lifetime to at least the required retention, turn auto-delete off, or turn on "
					+ "capture into a recordkeeping system and make sure it reports healthy.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public Optional<Violation> check(GroupFacts g) {
		Requirement required = g.policy().scheduled();
		boolean scheduledWithMinimum = required.kind() == Requirement.Kind.PERIOD
				|| required.kind() == Requirement.Kind.PERMANENT;
		if (!g.settings().autoDelete() || !scheduledWithMinimum || g.capturedAndHealthy()
				|| required.permitsDeletionAfter(g.settings().maxLifetime())) {
			return Optional.empty();
		}
		String capture = g.settings().captureEnabled() ? "capture is not healthy" : "capture is off";
		return Optional
			.of(violation(g,
					g.groupName() + " deletes messages after " + g.settings().lifetimeText() + " but must keep them "
							+ required.label().toLowerCase(java.util.Locale.ROOT) + ", and " + capture + ".",
					Map.of()));
	}

}
