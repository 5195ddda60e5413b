package gov.records.governance.audit.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.NotYetAvailable;
import jakarta.annotation.security.RolesAllowed;

/** Every change, login and report, in a tamper-evident chain. */
@Route("audit")
@PageTitle("Audit log | Records Governance Console")
@Menu(order = 7, icon = "vaadin:file-text-o", title = "Audit log")
@RolesAllowed({ AppRoles.CIO, AppRoles.INSPECTOR })
public class AuditLogView extends VerticalLayout {

	public AuditLogView() {
		add(new NotYetAvailable("Audit log", "Every change, login and report, in a tamper-evident chain."));
	}

}
