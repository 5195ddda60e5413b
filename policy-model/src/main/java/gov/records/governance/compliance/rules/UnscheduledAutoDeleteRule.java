package gov.records.governance.compliance.rules;

import gov.records.governance.compliance.Requirement;
import gov.records.governance.compliance.Severity;
import java.util.Map;
import java.util.Optional;

/** Auto-delete on a group no schedule covers: unscheduled records count as permanent. */
public final class UnscheduledAutoDeleteRule implements GroupRule {

	public static final RuleInfo INFO = new RuleInfo("UNSCHEDULED_AUTO_DELETE", Severity.CRITICAL,
			"Auto-delete on an unscheduled group",
			"Unscheduled records must be treated as permanent (36 CFR 1220.18); deleting them is unauthorized "
					+ "destruction (36 CFR 1230.3).",
			"Turn auto-delete off, or have a records officer assign a schedule item to the group or its organization.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public Optional<Violation> check(GroupFacts g) {
		if (!g.settings().autoDelete() || g.policy().scheduled().kind() != Requirement.Kind.UNSCHEDULED) {
			return Optional.empty();
		}
		return Optional.of(violation(g, "No schedule covers " + g.groupName() + " but its messages auto-delete after "
				+ g.settings().lifetimeText() + ".", Map.of()));
	}

}
