package gov.records.governance.compliance.rules;

import gov.records.governance.compliance.PolicySource;
import gov.records.governance.compliance.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An active legal hold covers the group or its accounts while messages still auto-delete.
 */
public final class HoldAutoDeleteRule implements GroupRule {

	public static final RuleInfo INFO = new RuleInfo("HOLD_AUTO_DELETE", Severity.CRITICAL,
			"Auto-delete on while a legal hold is active",
			"A hold freezes disposition (36 CFR 1236.20(b)(7)); deleting records a FOIA request or hold covers is "
					+ "unlawful destruction (36 CFR 1230.3).",
			"Turn auto-delete off for this group until the hold is released.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public Optional<Violation> check(GroupFacts g) {
		if (!g.settings().autoDelete() || !g.policy().onHold()) {
			return Optional.empty();
		}
		List<String> holds = g.policy()
			.sources()
			.stream()
			.filter((s) -> s.kind() == PolicySource.Kind.HOLD)
			.map(PolicySource::label)
			.toList();
		return Optional
			.of(violation(g, g.groupName() + " auto-deletes messages while " + String.join(", ", holds) + " is active.",
					Map.of("holds", holds)));
	}

}
