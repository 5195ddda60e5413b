package gov.records.governance.compliance.rules;

import gov.records.governance.compliance.Severity;
import java.util.Map;
import java.util.Optional;

/** The settings in force were changed without a recorded reason. */
public final class MissingReasonRule implements GroupRule {

	public static final RuleInfo INFO = new RuleInfo("CHANGE_WITHOUT_REASON", Severity.MEDIUM,
			"Deletion settings changed without a recorded reason",
			"A recordkeeping system must keep audit trails of changes (36 CFR 1236.20(b)); a change without its "
					+ "reason cannot be explained to an inspector.",
			"Record the reason for the current settings with the next change, or ask the author to document it.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public Optional<Violation> check(GroupFacts g) {
		if (g.settingsReason() != null && !g.settingsReason().isBlank()) {
			return Optional.empty();
		}
		return Optional
			.of(violation(g, "The settings in force on " + g.groupName() + " have no recorded reason.", Map.of()));
	}

}
