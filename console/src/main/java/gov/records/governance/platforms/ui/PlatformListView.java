package gov.records.governance.platforms.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;

/**
 * The messaging platforms with their connection settings (health and sync come with the
 * connectors).
 */
@Route("platforms")
@PageTitle("Platforms | Records Governance Console")
@Menu(order = 2, icon = "vaadin:server", title = "Platforms")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN })
public class PlatformListView extends VerticalLayout {

	PlatformListView(PlatformService platforms) {
		setSizeFull();
		add(new ViewHeader("Platforms", "Messaging backends the department runs or knows its staff use."));
		Grid<PlatformSummary> grid = new Grid<>();
		grid.setId("platform-grid");
		grid.addColumn(PlatformSummary::name).setHeader("Platform").setFlexGrow(2);
		grid.addColumn((p) -> p.kind().label()).setHeader("Kind").setAutoWidth(true);
		grid.addColumn((p) -> p.sanctioned() ? "Sanctioned" : "Not sanctioned").setHeader("Status").setAutoWidth(true);
		grid.addColumn((p) -> Objects.requireNonNullElse(p.baseUrl(), "—")).setHeader("Endpoint").setFlexGrow(2);
		grid.addColumn((p) -> Objects.requireNonNullElse(p.externalId(), "—")).setHeader("Network / server id");
		grid.addColumn((p) -> (p.syncIntervalSeconds() / 60) + " min").setHeader("Sync interval").setAutoWidth(true);
		grid.setItems(platforms.list());
		grid.setSizeFull();
		add(grid);
	}

}
