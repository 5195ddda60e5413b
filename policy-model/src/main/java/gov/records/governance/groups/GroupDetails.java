package gov.records.governance.groups;

import gov.records.governance.organizations.OrganizationNode;
import java.time.Instant;
import java.util.List;

/** A group with its place in the tree, its size and its current version number. */
public record GroupDetails(GroupRow group, List<OrganizationNode> organizationPath, long accountCount,
		Instant createdAt, long version) {
}
