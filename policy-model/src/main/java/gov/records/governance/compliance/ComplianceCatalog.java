package gov.records.governance.compliance;

import gov.records.governance.compliance.rules.CaptureState;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationTree;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small, shared half of the facts, loaded once per run: the organization tree,
 * schedule assignments, active holds with their scopes, platforms and their capture
 * health.
 */
record ComplianceCatalog(OrganizationTree tree, Map<Long, List<ScheduleItemRef>> itemsByGroup,
		Map<Long, List<ScheduleItemRef>> itemsByOrganization, Map<RoleCategory, List<ScheduleItemRef>> itemsByRole,
		List<ActiveHold> holds, Map<Long, Platform> platforms) {

	/**
	 * An active hold and what it covers: organization subtrees, and groups (named
	 * directly, or holding an account the hold names).
	 */
	record ActiveHold(HoldRef hold, Set<Long> organizationIds, Set<Long> groupIds) {
	}

	/** A platform as the rules need it. */
	record Platform(long id, String name, boolean sanctioned, CaptureState capture) {
	}

	/** The inputs of one group's effective policy. */
	PolicyInputs inputsFor(long groupId, long organizationId, Set<RoleCategory> roles) {
		List<PolicyInputs.OrganizationItems> orgItems = new ArrayList<>();
		List<OrganizationNode> path = this.tree.path(organizationId);
		for (int i = path.size() - 1; i >= 0; i--) {
			OrganizationNode org = path.get(i);
			orgItems.add(new PolicyInputs.OrganizationItems(org.name(),
					this.itemsByOrganization.getOrDefault(org.id(), List.of())));
		}
		Map<RoleCategory, List<ScheduleItemRef>> roleItems = new EnumMap<>(RoleCategory.class);
		for (RoleCategory role : roles) {
			List<ScheduleItemRef> items = this.itemsByRole.get(role);
			if (items != null) {
				roleItems.put(role, items);
			}
		}
		List<HoldRef> holds = new ArrayList<>();
		for (ActiveHold active : this.holds) {
			boolean covers = active.groupIds().contains(groupId)
					|| path.stream().anyMatch((o) -> active.organizationIds().contains(o.id()));
			if (covers) {
				holds.add(active.hold());
			}
		}
		return new PolicyInputs(this.itemsByGroup.getOrDefault(groupId, List.of()), orgItems, roleItems, holds);
	}

}
