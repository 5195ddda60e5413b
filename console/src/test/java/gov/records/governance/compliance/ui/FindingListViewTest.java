package gov.records.governance.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import gov.records.governance.compliance.rules.RuleInfo;
import gov.records.governance.compliance.Severity;
import gov.records.governance.compliance.rules.Rules;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Findings filter bar lives in the address (issue 19, build 7): a link opens the view
 * filtered, and a change to the filters is written back.
 */
@SpringBootTest
@WithMockUser(username = "cio", roles = "CIO")
class FindingListViewTest extends SpringBrowserlessTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void theAddressSetsTheFiltersAndTheFiltersSetTheAddress() {
		FindingListView view = open(Map.of("severity", "CRITICAL", "status", "ALL"));
		Select<Severity> severity = (Select<Severity>) $(Select.class).all().get(0);
		assertThat(severity.getValue()).isEqualTo(Severity.CRITICAL);
		assertThat(view.queryParameters().getQueryString()).contains("severity=CRITICAL").contains("status=ALL");

		RuleInfo rule = Rules.ALL.get(0);
		ComboBox<RuleInfo> rules = (ComboBox<RuleInfo>) $(ComboBox.class).all()
			.stream()
			.filter((c) -> "Rule".equals(c.getLabel()))
			.findFirst()
			.orElseThrow();
		test(rules).selectItem(rule.title());

		String address = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
		assertThat(address).startsWith("findings?").contains("rule=" + rule.id()).contains("severity=CRITICAL");
	}

	private FindingListView open(Map<String, String> query) {
		UI.getCurrent().navigate(FindingListView.class, QueryParameters.simple(query));
		return $(FindingListView.class).single();
	}

	/**
	 * Issue 14, build 4 (DD066): as of a date the list shows the findings that were open
	 * at the end of that day, the date lives in the address, a banner says so and no
	 * checks can be run against the past.
	 */
	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	void asOfADateTheListShowsWhatWasOpenThenAndRunsNothing() {
		Map<String, Object> finding = this.jdbc
			.queryForMap("select id, first_seen, resolved_at from finding where resolved_at is null order by id "
					+ "fetch first 1 rows only");
		try {
			// open from 5 to 8 November only
			this.jdbc.update(
					"update finding set first_seen = timestamp with time zone '2026-11-05 09:00:00+00', "
							+ "resolved_at = timestamp with time zone '2026-11-08 09:00:00+00' where id = ?",
					finding.get("id"));
			long openThen = this.jdbc
				.queryForObject("select count(*) from finding where first_seen <= timestamp with time zone "
						+ "'2026-11-06 23:59:59.999+00' and (resolved_at is null or resolved_at > "
						+ "timestamp with time zone '2026-11-06 23:59:59.999+00')", Long.class);
			FindingListView view = open(Map.of("asOf", "2026-11-06"));
			assertThat(find(Span.class).id("as-of-banner").getText()).startsWith("As of 2026-11-06:")
				.contains("Changes are disabled");
			assertThat(find(Span.class).id("finding-count").getText())
				.isEqualTo(openThen + ((openThen == 1) ? " finding" : " findings"));
			assertThat(view.queryParameters().getQueryString()).isEqualTo("asOf=2026-11-06");
			assertThat(find(Button.class).id("run-checks").isEnabled()).isFalse();
			// the same finding is not open on the 9th, and the address follows the picker
			test(find(DatePicker.class).id("finding-open-on")).setValue(LocalDate.of(2026, 11, 9));
			assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
				.isEqualTo("findings?asOf=2026-11-09");
			assertThat(find(Span.class).id("finding-count").getText())
				.isNotEqualTo(openThen + ((openThen == 1) ? " finding" : " findings"));
			// a date after today is named and left out
			open(Map.of("asOf", "2999-01-01"));
			assertThat(find(Span.class).id("filter-ignored").getText()).contains("asOf '2999-01-01' (after today)");
			assertThat($(Span.class).all())
				.noneMatch((span) -> span.getId().orElse("").equals("as-of-banner") && span.isVisible());
			assertThat(find(Button.class).id("run-checks").isEnabled()).isTrue();
		}
		finally {
			this.jdbc.update("update finding set first_seen = ?, resolved_at = ? where id = ?",
					finding.get("first_seen"), finding.get("resolved_at"), finding.get("id"));
		}
	}

	@Test
	void anUnknownValueInTheAddressIsIgnored() {
		FindingListView view = open(Map.of("severity", "NOPE", "platform", "999999"));
		assertThat(view.queryParameters().getQueryString()).isEmpty();
	}

}
