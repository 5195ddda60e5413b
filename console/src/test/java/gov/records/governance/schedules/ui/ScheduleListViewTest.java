package gov.records.governance.schedules.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import gov.records.governance.schedules.ScheduleItemRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 14, build 4 (DD066): as of a date the Schedules list shows the items in force on
 * that day, read only.
 */
@SpringBootTest
class ScheduleListViewTest extends SpringBrowserlessTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	@SuppressWarnings("unchecked")
	void asOfADateTheListShowsTheItemsThenInForceAndChangesNothing() {
		Map<String, Object> item = this.jdbc
			.queryForMap("select id, effective_from, effective_to from schedule_item where effective_to is null and "
					+ "superseded_by_id is null order by id fetch first 1 rows only");
		try {
			// in force from 1 to 10 November only
			this.jdbc.update("update schedule_item set effective_from = date '2026-11-01', effective_to = date "
					+ "'2026-11-10' where id = ?", item.get("id"));
			UI.getCurrent().navigate(ScheduleListView.class, QueryParameters.simple(Map.of("asOf", "2026-11-05")));
			assertThat(find(Span.class).id("as-of-banner").getText()).startsWith("As of 2026-11-05:")
				.contains("Changes are disabled");
			assertThat(find(Button.class).withId("new-item").exists()).isFalse();
			Grid<ScheduleItemRow> grid = find(Grid.class).id("schedule-grid");
			assertThat(ids(grid)).contains(((Number) item.get("id")).longValue());
			test(grid).select(0);
			assertThat(find(Button.class).withId("edit-item").exists()).isFalse();

			UI.getCurrent().navigate(ScheduleListView.class, QueryParameters.simple(Map.of("asOf", "2026-11-20")));
			assertThat(ids(find(Grid.class).id("schedule-grid"))).doesNotContain(((Number) item.get("id")).longValue());

			UI.getCurrent().navigate(ScheduleListView.class);
			assertThat(find(Button.class).id("new-item").isVisible()).isTrue();
		}
		finally {
			this.jdbc.update("update schedule_item set effective_from = ?, effective_to = ? where id = ?",
					item.get("effective_from"), item.get("effective_to"), item.get("id"));
		}
	}

	private List<Long> ids(Grid<ScheduleItemRow> grid) {
		List<Long> ids = new ArrayList<>();
		for (int row = 0; row < test(grid).size(); row++) {
			ids.add(test(grid).getRow(row).id());
		}
		return ids;
	}

}
