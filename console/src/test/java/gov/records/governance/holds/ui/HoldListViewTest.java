package gov.records.governance.holds.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import gov.records.governance.holds.HoldRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Every role reads holds; only records officers get the button to place one. */
@SpringBootTest
class HoldListViewTest extends SpringBrowserlessTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void aPlatformAdministratorReadsHoldsButCannotPlaceThem() {
		navigate(HoldListView.class);
		assertThat(find(Grid.class).id("hold-grid")).isNotNull();
		assertThat(find(Button.class).withId("place-hold").exists()).as("hidden: only officers place holds").isFalse();
		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Holds");
	}

	/**
	 * Issue 14, build 4 (DD066): as of a date the list shows the holds active at the end
	 * of that day, marked active, and nothing can be placed or released.
	 */
	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	@SuppressWarnings("unchecked")
	void asOfADateTheListShowsTheHoldsActiveThenAndChangesNothing() {
		Map<String, Object> hold = this.jdbc.queryForMap(
				"select id, case_reference, started_at, released_at, release_reason, released_by from legal_hold "
						+ "order by id fetch first 1 rows only");
		try {
			this.jdbc.update("update legal_hold set started_at = timestamp with time zone '2026-11-01 10:00:00+00', "
					+ "released_at = timestamp with time zone '2026-11-10 10:00:00+00', release_reason = 'test', "
					+ "released_by = 'records' where id = ?", hold.get("id"));
			UI.getCurrent().navigate(HoldListView.class, QueryParameters.simple(Map.of("asOf", "2026-11-05")));
			assertThat(find(Span.class).id("as-of-banner").getText()).startsWith("As of 2026-11-05:");
			assertThat(find(Button.class).id("place-hold").isEnabled()).isFalse();
			Grid<HoldRow> grid = find(Grid.class).id("hold-grid");
			assertThat(cases(grid)).contains((String) hold.get("case_reference"));
			for (int row = 0; row < test(grid).size(); row++) {
				assertThat(test(grid).getCellComponent(row, 0).getElement().getText()).isEqualTo("Active");
			}
			test(grid).select(0);
			assertThat(find(Button.class).withId("release-hold").exists()).isFalse();

			UI.getCurrent().navigate(HoldListView.class, QueryParameters.simple(Map.of("asOf", "2026-11-20")));
			assertThat(cases(find(Grid.class).id("hold-grid"))).doesNotContain((String) hold.get("case_reference"));

			// now: every hold, the released one among them, and placing is on again
			UI.getCurrent().navigate(HoldListView.class);
			assertThat(cases(find(Grid.class).id("hold-grid"))).contains((String) hold.get("case_reference"));
			assertThat(find(Button.class).id("place-hold").isEnabled()).isTrue();
		}
		finally {
			this.jdbc.update(
					"update legal_hold set started_at = ?, released_at = ?, release_reason = ?, "
							+ "released_by = ? where id = ?",
					hold.get("started_at"), hold.get("released_at"), hold.get("release_reason"),
					hold.get("released_by"), hold.get("id"));
		}
	}

	private List<String> cases(Grid<HoldRow> grid) {
		List<String> cases = new ArrayList<>();
		for (int row = 0; row < test(grid).size(); row++) {
			cases.add(test(grid).getCellText(row, 1));
		}
		return cases;
	}

	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	void aRecordsOfficerMayPlaceAHold() {
		navigate(HoldListView.class);
		assertThat(find(Button.class).id("place-hold").isVisible()).isTrue();
	}

}
