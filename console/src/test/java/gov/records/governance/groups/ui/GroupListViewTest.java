package gov.records.governance.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import gov.records.governance.groups.GroupRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class GroupListViewTest extends SpringBrowserlessTest {

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void listsTheDepartmentsGroupsWithReadableSettings() {
		navigate(GroupListView.class);
		Grid<GroupRow> grid = grid();
		assertThat(test(grid).size()).isEqualTo(255);
		assertThat(count()).isEqualTo("255 groups");
		assertThat(test(grid).getHeaderCell(3)).isEqualTo("Auto-delete");
		List<String> lifetimes = column(grid, 3);
		assertThat(lifetimes).allMatch((text) -> text.equals("Off") || text.matches("\\d+ (day|days|year|years)"));
	}

	/** Issue 19, build 7: the filters live in the address, both ways. */
	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	@SuppressWarnings("unchecked")
	void theAddressSetsTheFiltersAndTheFiltersSetTheAddress() {
		com.vaadin.flow.component.UI.getCurrent()
			.navigate(GroupListView.class,
					com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("autoDelete", "off")));
		assertThat(column(grid(), 3)).isNotEmpty().allMatch("Off"::equals);
		int off = test(grid()).size();
		assertThat(off).isLessThan(255);

		var autoDelete = (com.vaadin.flow.component.select.Select<String>) find(
				com.vaadin.flow.component.select.Select.class)
			.id("filter-auto-delete");
		test(autoDelete).selectItem("On");
		assertThat(com.vaadin.flow.component.UI.getCurrent()
			.getInternals()
			.getActiveViewLocation()
			.getPathWithQueryParameters()).isEqualTo("groups?autoDelete=on");
		assertThat(column(grid(), 3)).isNotEmpty().noneMatch("Off"::equals);
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void nameFilterNarrowsTheList() {
		navigate(GroupListView.class);
		TextField name = find(TextField.class).id("filter-name");
		test(name).setValue("incident response");
		Grid<GroupRow> grid = grid();
		assertThat(column(grid, 0)).isNotEmpty().allMatch((text) -> text.contains("Incident Response"));
		test(name).setValue("'; drop table account; --");
		assertThat(test(grid).size()).isZero();
		assertThat(count()).isEqualTo("0 groups");
	}

	@Test
	@WithMockUser(username = "admin-fec", roles = "PLATFORM_ADMIN")
	void componentAdministratorSeesOnlyItsComponent() {
		navigate(GroupListView.class);
		Grid<GroupRow> grid = grid();
		assertThat(column(grid, 0)).isNotEmpty().allMatch((text) -> text.startsWith("FEC-"));
		assertThat(count()).isNotEqualTo("255 groups");
	}

	/** Issue 14, Found 10: the bulk change starts from no groups. */
	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void theBulkChangeOpensOnlyOnceTheListIsNarrowed() {
		navigate(GroupListView.class);
		com.vaadin.flow.component.button.Button bulk = find(com.vaadin.flow.component.button.Button.class)
			.id("bulk-change");
		assertThat(bulk.isEnabled()).isFalse();
		com.vaadin.flow.component.UI.getCurrent()
			.navigate(GroupListView.class, com.vaadin.flow.router.QueryParameters
				.simple(java.util.Map.of("attention", "drifted", "platform", "1")));
		bulk = find(com.vaadin.flow.component.button.Button.class).id("bulk-change");
		assertThat(bulk.isEnabled()).isEqualTo(!count().startsWith("0 "));
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void clickingARowOpensTheGroup() {
		navigate(GroupListView.class);
		test(grid()).clickRow(0);
		assertThat(getCurrentView()).isInstanceOf(GroupDetailsView.class);
	}

	@SuppressWarnings("unchecked")
	private Grid<GroupRow> grid() {
		return find(Grid.class).id("group-grid");
	}

	private String count() {
		return find(Span.class).id("group-count").getText();
	}

	private List<String> column(Grid<GroupRow> grid, int column) {
		List<String> texts = new ArrayList<>();
		for (int row = 0; row < test(grid).size(); row++) {
			texts.add(test(grid).getCellText(row, column));
		}
		return texts;
	}

}
