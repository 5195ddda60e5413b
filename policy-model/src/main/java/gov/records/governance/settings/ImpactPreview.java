package gov.records.governance.settings;

import gov.records.governance.compliance.EffectivePolicy;
import gov.records.governance.compliance.rules.Violation;
import gov.records.governance.groups.DeletionSettings;
import java.util.List;

/**
 * What a change would do before anything is saved: the findings it would open and close,
 * the schedule items and holds that constrain the group, whether it loosens retention,
 * and therefore what will happen when it is submitted. {@code frozenBy} names the active
 * holds that refuse it because it would let held messages be deleted sooner (empty
 * otherwise); {@code capabilities} says which controls the group's platform has and which
 * values it accepts (DD043).
 */
public record ImpactPreview(long groupId, String groupName, DeletionSettings current, DeletionSettings proposed,
		EffectivePolicy policy, List<Violation> wouldOpen, List<Violation> wouldClose, List<Violation> wouldRemain,
		boolean loosens, ChangeStatus outcome, String explanation, List<String> frozenBy, String capabilities) {

	public ImpactPreview {
		wouldOpen = List.copyOf(wouldOpen);
		wouldClose = List.copyOf(wouldClose);
		wouldRemain = List.copyOf(wouldRemain);
		frozenBy = List.copyOf(frozenBy);
	}

}
