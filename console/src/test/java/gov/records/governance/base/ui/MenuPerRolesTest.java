package gov.records.governance.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import gov.records.governance.dashboard.ui.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The menu is found once per set of roles (DD075) and is still each role's own: whichever
 * role builds it first, another role gets its own entries, and the same role the same
 * entries again.
 */
@SpringBootTest
class MenuPerRolesTest extends SpringBrowserlessTest {

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void anAdministratorsMenuHasNoApprovalsOrReports() {
		assertThat(menu()).contains("Dashboard", "Groups", "Platforms").doesNotContain("Approvals", "Reports");
		assertThat(menu()).isEqualTo(menu());
	}

	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	void aRecordsOfficersMenuHasApprovalsAndNoReports() {
		assertThat(menu()).contains("Dashboard", "Groups", "Approvals").doesNotContain("Reports");
	}

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void anInspectorsMenuHasReportsAndApprovals() {
		assertThat(menu()).contains("Dashboard", "Reports", "Approvals");
	}

	private java.util.List<String> menu() {
		navigate(DashboardView.class);
		return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
	}

}
