package gov.records.governance.reports.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.NotYetAvailable;
import jakarta.annotation.security.RolesAllowed;

/**
 * Signed oversight reports as of any date, and the archive of every bundle handed out.
 */
@Route("reports")
@PageTitle("Reports | Records Governance Console")
@Menu(order = 8, icon = "vaadin:file-process", title = "Reports")
@RolesAllowed({ AppRoles.CIO, AppRoles.INSPECTOR })
public class ReportListView extends VerticalLayout {

	public ReportListView() {
		add(new NotYetAvailable("Reports",
				"Signed oversight reports as of any date, and the archive of every bundle handed out."));
	}

}
