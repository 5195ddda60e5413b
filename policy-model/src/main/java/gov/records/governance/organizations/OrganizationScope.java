package gov.records.governance.organizations;

import java.util.Set;

/**
 * The organizations a user may see and act on: every organization in the subtrees the
 * user is bound to. Services intersect every query with it.
 */
public record OrganizationScope(Set<Long> organizationIds) {

	public OrganizationScope {
		organizationIds = Set.copyOf(organizationIds);
	}

	public boolean contains(long organizationId) {
		return this.organizationIds.contains(organizationId);
	}

	public boolean isEmpty() {
		return this.organizationIds.isEmpty();
	}

}
