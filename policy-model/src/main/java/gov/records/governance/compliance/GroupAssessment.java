package gov.records.governance.compliance;

import gov.records.governance.compliance.rules.Violation;
import java.util.List;

/** A group's effective policy and the rules its current (or proposed) settings break. */
public record GroupAssessment(long groupId, EffectivePolicy policy, List<Violation> violations) {

	public GroupAssessment {
		violations = List.copyOf(violations);
	}

	public boolean breaksCriticalRule() {
		return this.violations.stream().anyMatch((v) -> v.rule().severity() == Severity.CRITICAL);
	}

}
