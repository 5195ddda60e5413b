package gov.records.governance.organizations.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
public class OrganizationsView extends VerticalLayout implements BeforeEnterObserver {

	private final OrganizationService organizations;

	private final ScheduleService schedules;

	private final TreeGrid<OrganizationNode> grid = new TreeGrid<>();

	/** The schedule items assigned to each organization, read with the tree. */
	private Map<Long, List<String>> assigned = Map.of();

	OrganizationsView(OrganizationService organizations, ScheduleService schedules) {
		this.organizations = organizations;
		this.schedules = schedules;
		setSizeFull();
		add(new ViewHeader("Organizations", "The department, its components and their offices in your scope."));
		this.grid.setId("organization-tree");
		this.grid.addHierarchyColumn(OrganizationNode::name).setHeader("Organization").setFlexGrow(3);
		this.grid.addColumn(OrganizationNode::code).setHeader("Code").setAutoWidth(true);
		this.grid.addColumn((node) -> capitalized(node.kind().name())).setHeader("Level").setAutoWidth(true);
		this.grid.addColumn((node) -> String.join(", ", this.assigned.getOrDefault(node.id(), List.of())))
			.setHeader("Schedule items assigned here (inherited below)")
			.setFlexGrow(2);
		this.grid.setSelectionMode(Grid.SelectionMode.NONE);
		this.grid.setSizeFull();
		add(this.grid);
	}

	/**
	 * Reads the tree on every navigation to the view: Vaadin keeps the view when the user
	 * opens it again from itself, so the constructor only builds it (DD083).
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		OrganizationTree tree = this.organizations.visibleTree();
		this.assigned = this.schedules.organizationAssignments();
		this.grid.setItems(tree.roots(), (node) -> tree.children(node.id()));
		this.grid.expandRecursively(tree.roots(), 1);
	}

	private static String capitalized(String name) {
		return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
	}

}
