package gov.records.governance.compliance;

import gov.records.governance.groups.RoleCategory;
import java.util.List;
import java.util.Map;

/**
 * Everything that can reach one group: its own schedule items, the items assigned to its
 * organization and each ancestor (nearest first, by organization name), the items of the
 * role categories its accounts hold, and the active holds that cover it, its organization
 * or its accounts.
 */
public record PolicyInputs(List<ScheduleItemRef> groupItems, List<OrganizationItems> organizationItems,
		Map<RoleCategory, List<ScheduleItemRef>> roleCategoryItems, List<HoldRef> holds) {

	/** The items assigned to one organization on the group's path. */
	public record OrganizationItems(String organizationName, List<ScheduleItemRef> items) {
	}

}
