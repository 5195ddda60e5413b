package gov.records.governance.schedules.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.lang.reflect.Method;
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

	/**
	 * Issue 14, Found 9 (DD072): a long title is shown in two lines at most, with the
	 * whole text in the cell's content, on hover and in the item's panel, instead of
	 * wrapping to five lines at 1440 px.
	 */
	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	@SuppressWarnings("unchecked")
	void longTitlesAreClampedToTwoLinesWithTheWholeTextOnHover() throws Exception {
		UI.getCurrent().navigate(ScheduleListView.class);
		Grid<ScheduleItemRow> grid = find(Grid.class).id("schedule-grid");
		Grid.Column<ScheduleItemRow> title = grid.getColumnByKey("title");
		assertThat(title).as("the title column").isNotNull();
		assertThat(title.getRenderer()).isInstanceOf(LitRenderer.class);
		LitRenderer<ScheduleItemRow> renderer = (LitRenderer<ScheduleItemRow>) title.getRenderer();
		Method template = LitRenderer.class.getDeclaredMethod("getTemplateExpression");
		template.setAccessible(true);
		assertThat((String) template.invoke(renderer)).contains("-webkit-line-clamp:2")
			.contains("overflow:hidden")
			.contains("${item.title}");
		ScheduleItemRow longest = test(grid).getRow(0);
		for (int row = 1; row < test(grid).size(); row++) {
			if (test(grid).getRow(row).title().length() > longest.title().length()) {
				longest = test(grid).getRow(row);
			}
		}
		assertThat(longest.title()).hasSizeGreaterThan(40);
		assertThat(renderer.getValueProviders().get("title").apply(longest)).isEqualTo(longest.title());
		assertThat(title.getTooltipGenerator().apply(longest)).isEqualTo(longest.title());
	}

	private List<Long> ids(Grid<ScheduleItemRow> grid) {
		List<Long> ids = new ArrayList<>();
		for (int row = 0; row < test(grid).size(); row++) {
			ids.add(test(grid).getRow(row).id());
		}
		return ids;
	}

}
