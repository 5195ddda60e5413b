package gov.records.governance.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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

	@Autowired
	JdbcTemplate jdbc;

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

	/**
	 * Issue 14, build 4 (DD066): as of a date the list shows each group with the settings
	 * in force at the end of that day, from the kept history; groups that had no version
	 * yet are left out; a banner says so and the bulk change is off.
	 */
	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void asOfADateTheListShowsTheSettingsThenInForceAndChangesNothing() {
		Long group = this.jdbc.queryForObject("""
				select min(v.group_id) from deletion_policy_version v
				where v.valid_to is null and v.auto_delete = false
				  and (select count(*) from deletion_policy_version o where o.group_id = v.group_id) = 1
				""", Long.class);
		String name = this.jdbc.queryForObject("select name from messaging_group where id = ?", String.class, group);
		Map<String, Object> current = this.jdbc
			.queryForMap("select id, valid_from from deletion_policy_version where group_id = ?", group);
		try {
			// kept off until 15 November, then 30 days
			this.jdbc.update("update deletion_policy_version set valid_from = timestamp with time zone "
					+ "'2026-11-01 00:00:00+00', valid_to = timestamp with time zone '2026-11-15 12:00:00+00' "
					+ "where id = ?", current.get("id"));
			this.jdbc.update("""
					insert into deletion_policy_version (group_id, auto_delete, max_lifetime_seconds,
					    burn_on_read_seconds, shredder_intensity, capture_enabled, valid_from, changed_by, reason)
					select group_id, true, 2592000, null, shredder_intensity, capture_enabled,
					       timestamp with time zone '2026-11-15 12:00:00+00', 'admin', 'as-of test'
					from deletion_policy_version where id = ?
					""", current.get("id"));

			com.vaadin.flow.component.UI.getCurrent()
				.navigate(GroupListView.class,
						com.vaadin.flow.router.QueryParameters.simple(Map.of("asOf", "2026-11-10")));
			assertThat(find(Span.class).id("as-of-banner").getText()).startsWith("As of 2026-11-10:")
				.contains("Changes are disabled");
			assertThat(rowOf(name)).containsExactly(name, "Off");
			assertThat(find(Button.class).id("bulk-change").isEnabled()).isFalse();

			com.vaadin.flow.component.UI.getCurrent()
				.navigate(GroupListView.class,
						com.vaadin.flow.router.QueryParameters.simple(Map.of("asOf", "2026-11-20")));
			assertThat(rowOf(name)).containsExactly(name, "30 days");

			// the date is written back to the address with the other filters
			test(find(DatePicker.class).id("filter-as-of")).setValue(java.time.LocalDate.of(2026, 11, 12));
			assertThat(com.vaadin.flow.component.UI.getCurrent()
				.getInternals()
				.getActiveViewLocation()
				.getPathWithQueryParameters()).isEqualTo("groups?asOf=2026-11-12");
			assertThat(rowOf(name)).containsExactly(name, "Off");

			// a date that is not one is named and left out: the present is shown
			com.vaadin.flow.component.UI.getCurrent()
				.navigate(GroupListView.class,
						com.vaadin.flow.router.QueryParameters.simple(Map.of("asOf", "yesterday")));
			assertThat(find(Span.class).id("filter-ignored").getText()).contains("asOf 'yesterday'");
			assertThat($(Span.class).all())
				.noneMatch((span) -> span.getId().orElse("").equals("as-of-banner") && span.isVisible());
			assertThat(rowOf(name)).containsExactly(name, "30 days");
		}
		finally {
			this.jdbc.update("delete from deletion_policy_version where group_id = ? and reason = 'as-of test'", group);
			this.jdbc.update("update deletion_policy_version set valid_from = ?, valid_to = null where id = ?",
					current.get("valid_from"), current.get("id"));
		}
	}

	/** The named group's name and auto-delete cells, searched by name. */
	private List<String> rowOf(String name) {
		test(find(TextField.class).id("filter-name")).setValue(name);
		Grid<GroupRow> grid = grid();
		for (int row = 0; row < test(grid).size(); row++) {
			if (test(grid).getCellText(row, 0).equals(name)) {
				return List.of(name, test(grid).getCellText(row, 3));
			}
		}
		return List.of();
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
