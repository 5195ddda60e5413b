package gov.records.governance.organizations.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.OrganizationTree;
import gov.records.governance.schedules.ScheduleService;
import java.util.List;
import java.util.Map;
import jakarta.annotation.security.RolesAllowed;

/** The department tree, limited to the organizations the user is bound to. */
@Route("organizations")
@PageTitle("Organizations | Records Governance Console")
@Menu(order = 1, icon = "vaadin:sitemap", title = "Organizations")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class OrganizationsView extends VerticalLayout {

	OrganizationsView(OrganizationService organizations, ScheduleService schedules) {
		setSizeFull();
		add(new ViewHeader("Organizations", "The department, its components and their offices in your scope."));
		OrganizationTree tree = organizations.visibleTree();
		TreeGrid<OrganizationNode> grid = new TreeGrid<>();
		grid.setId("organization-tree");
		grid.addHierarchyColumn(OrganizationNode::name).setHeader("Organization").setFlexGrow(3);
		grid.addColumn(OrganizationNode::code).setHeader("Code").setAutoWidth(true);
		grid.addColumn((node) -> capitalized(node.kind().name())).setHeader("Level").setAutoWidth(true);
		Map<Long, List<String>> assigned = schedules.organizationAssignments();
		grid.addColumn((node) -> String.join(", ", assigned.getOrDefault(node.id(), List.of())))
			.setHeader("Schedule items assigned here (inherited below)")
			.setFlexGrow(2);
		grid.setItems(tree.roots(), (node) -> tree.children(node.id()));
		grid.expandRecursively(tree.roots(), 1);
		grid.setSelectionMode(Grid.SelectionMode.NONE);
		grid.setSizeFull();
		add(grid);
	}

	private static String capitalized(String name) {
		return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
	}

}
