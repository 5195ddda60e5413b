package gov.records.governance.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.TabSheet;
import gov.records.governance.base.ui.NotFoundView;
import gov.records.governance.groups.PolicyVersionRow;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class GroupDetailsViewTest extends SpringBrowserlessTest {

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void showsTheGroupItsAccountsAndItsSettingsHistory() {
		navigate("groups/1", GroupDetailsView.class);
		assertThat(find(H2.class).first().getText()).startsWith("OS-OPS ");
		assertThat(test(find(Grid.class).id("account-grid")).size()).isPositive();
		find(TabSheet.class).single().setSelectedIndex(1);
		@SuppressWarnings("unchecked")
		Grid<PolicyVersionRow> history = find(Grid.class).id("history-grid");
		assertThat(test(history).size()).isPositive();
		assertThat(test(history).getCellText(test(history).size() - 1, 5)).isEqualTo("system-import");
		assertThat(test(history).getCellText(0, 1)).isEqualTo("now (current)");
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void unknownOrMalformedIdShowsNotFound() {
		navigate("groups/987654321", NotFoundView.class);
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		navigate("groups/abc", NotFoundView.class);
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
	}

	@Test
	@WithMockUser(username = "admin-fec", roles = "PLATFORM_ADMIN")
	void groupOutsideTheUsersScopeLooksLikeItDoesNotExist() {
		navigate("groups/1", NotFoundView.class);
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
	}

}
