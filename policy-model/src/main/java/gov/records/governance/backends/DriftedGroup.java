package gov.records.governance.backends;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.PlatformControls.Difference;
import java.util.List;

/**
 * A governed group whose live settings differ from its governed ones, with the policy
 * version to push back and the differences.
 */
public record DriftedGroup(long groupId, String externalId, String name, long policyVersionId,
		DeletionSettings governed, DeletionSettings live, List<Difference> differences) {

	public DriftedGroup {
		differences = List.copyOf(differences);
	}

}
