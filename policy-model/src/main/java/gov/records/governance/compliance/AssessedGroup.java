package gov.records.governance.compliance;

import gov.records.governance.groups.GroupDetails;

/**
 * A group as its page shows it (its details) with its assessment, read together so the
 * page does not read the group twice.
 */
public record AssessedGroup(GroupDetails details, GroupAssessment assessment) {
}
