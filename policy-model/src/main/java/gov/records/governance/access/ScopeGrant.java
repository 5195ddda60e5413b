package gov.records.governance.access;

import java.util.Set;

/**
 * The organization subtrees a console user is bound to, by the ids of their root
 * organizations. A user with no grant sees nothing.
 */
public record ScopeGrant(String username, Set<Long> rootOrganizationIds) {

	public ScopeGrant {
		rootOrganizationIds = Set.copyOf(rootOrganizationIds);
	}

	public boolean isEmpty() {
		return this.rootOrganizationIds.isEmpty();
	}

}
