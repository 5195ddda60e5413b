package gov.records.governance.holds.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Every role reads holds; only records officers get the button to place one. */
@SpringBootTest
class HoldListViewTest extends SpringBrowserlessTest {

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void aPlatformAdministratorReadsHoldsButCannotPlaceThem() {
		navigate(HoldListView.class);
		assertThat(find(Grid.class).id("hold-grid")).isNotNull();
		assertThat(find(Button.class).withId("place-hold").exists()).as("hidden: only officers place holds").isFalse();
		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Holds");
	}

	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	void aRecordsOfficerMayPlaceAHold() {
		navigate(HoldListView.class);
		assertThat(find(Button.class).id("place-hold").isVisible()).isTrue();
	}

}
