package gov.records.governance.capstone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Every role reads the NA-1005 forms; only records officers import and designate. */
@SpringBootTest
class CapstoneViewTest extends SpringBrowserlessTest {

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void anInspectorReadsTheFormsButCannotImportOrDesignate() {
		navigate(CapstoneView.class);
		assertThat(find(Grid.class).id("form-grid")).isNotNull();
		assertThat(find(Upload.class).withId("import-forms").exists()).isFalse();
		assertThat(find(Button.class).withId("designate").exists()).isFalse();
		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Capstone");
	}

	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	void aRecordsOfficerImportsAndDesignates() {
		navigate(CapstoneView.class);
		assertThat(find(Upload.class).id("import-forms").isVisible()).isTrue();
		find(Button.class).id("designate").click();
		assertThat(find(Grid.class).id("suggestion-grid")).isNotNull();
	}

}
