package gov.records.governance.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import gov.records.governance.platforms.ui.PlatformListView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class AccessDeniedViewTest extends SpringBrowserlessTest {

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void aViewTheRoleMayNotOpenShowsAccessDeniedAndNoData() {
		navigate("platforms", AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
		assertThat(find(Grid.class).all()).isEmpty();
	}

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void aViewTheRoleMayOpenShowsItsData() {
		navigate(PlatformListView.class);
		// four demo platforms, and any an inventory import added
		assertThat(test(find(Grid.class).id("platform-grid")).size()).isGreaterThanOrEqualTo(4);
	}

}
