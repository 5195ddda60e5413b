package gov.records.governance.base.ui;

import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationTree;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Organization names the way the views write them: with their component, because every
 * component has offices called "Operations" ("Operations · Federal Emergency Coordination
 * Agency (FECA)").
 */
public final class OrgNames {

	private OrgNames() {
	}

	/** The organization at the end of the path, with the component it belongs to. */
	public static String withComponent(List<OrganizationNode> path) {
		if (path.isEmpty()) {
			return "";
		}
		OrganizationNode self = path.getLast();
		return path.stream()
			.filter((n) -> n.kind() == OrganizationKind.COMPONENT && n.id() != self.id())
			.findFirst()
			.map((component) -> self.name() + " · " + component.label())
			.orElse(self.label());
	}

	public static String withComponent(OrganizationTree tree, long organizationId) {
		return withComponent(tree.path(organizationId));
	}

	/** The whole path below the department: "FECA › Region 1 › Operations". */
	public static String path(List<OrganizationNode> path) {
		return path.stream()
			.filter((n) -> n.kind() != OrganizationKind.DEPARTMENT)
			.map(OrganizationNode::name)
			.collect(Collectors.joining(" › "));
	}

}
