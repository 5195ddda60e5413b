package gov.records.governance.findings.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.NotYetAvailable;
import jakarta.annotation.security.RolesAllowed;

/** Breaches of records rules found by the compliance engine, with their evidence. */
@Route("findings")
@PageTitle("Findings | Records Governance Console")
@Menu(order = 6, icon = "vaadin:warning", title = "Findings")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class FindingListView extends VerticalLayout {

	public FindingListView() {
		add(new NotYetAvailable("Findings",
				"Breaches of records rules found by the compliance engine, with their evidence."));
	}

}
