package gov.records.governance.holds.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.NotYetAvailable;
import jakarta.annotation.security.RolesAllowed;

/** Legal holds that freeze disposition, with their scopes and history. */
@Route("holds")
@PageTitle("Holds | Records Governance Console")
@Menu(order = 5, icon = "vaadin:lock", title = "Holds")
@RolesAllowed({ AppRoles.CIO, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class HoldListView extends VerticalLayout {

	public HoldListView() {
		add(new NotYetAvailable("Holds", "Legal holds that freeze disposition, with their scopes and history."));
	}

}
