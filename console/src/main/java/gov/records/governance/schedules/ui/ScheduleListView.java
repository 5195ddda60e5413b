package gov.records.governance.schedules.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.NotYetAvailable;
import jakarta.annotation.security.RolesAllowed;

/**
 * Records schedules and their items, with the authorities that allow each disposition.
 */
@Route("schedules")
@PageTitle("Schedules | Records Governance Console")
@Menu(order = 4, icon = "vaadin:calendar-clock", title = "Schedules")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class ScheduleListView extends VerticalLayout {

	public ScheduleListView() {
		add(new NotYetAvailable("Schedules",
				"Records schedules and their items, with the authorities that allow each disposition."));
	}

}
