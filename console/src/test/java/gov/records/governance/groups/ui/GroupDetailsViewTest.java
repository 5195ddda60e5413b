package gov.records.governance.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.NotFoundView;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupService;
import gov.records.governance.groups.PolicyVersionRow;
import gov.records.governance.settings.ChangeOutcome;
import gov.records.governance.settings.SettingsChange;
import gov.records.governance.settings.ApprovalService;
import gov.records.governance.settings.SettingsChangeService;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class GroupDetailsViewTest extends SpringBrowserlessTest {

	@Autowired
	SettingsChangeService changes;

	@Autowired
	ApprovalService approvals;

	@Autowired
	GroupService groups;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Issue 12, item 11: an approved change shows who asked for it and who approved it,
	 * not the approver twice.
	 */
	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void theHistoryShowsTheRequesterAndTheApproverOfAnApprovedChange() {
		Long group = this.jdbc.queryForObject(
				"""
						select min(g.id) from messaging_group g
						join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
						where g.platform_id = 2 and v.auto_delete = false and v.capture_enabled = true
						  and not exists (select 1 from change_request r where r.group_id = g.id)
						  and not exists (select 1 from group_membership m join account a on a.id = m.account_id
						                  where m.group_id = g.id and a.role_category like 'CAPSTONE%')
						  and not exists (select 1 from legal_hold_scope s where s.group_id = g.id)
						  and g.organization_id not in (select organization_id from legal_hold_scope where organization_id is not null)
						""",
				Long.class);
		assertThat(group).isNotNull();
		long version = as("admin", AppRoles.PLATFORM_ADMIN, () -> this.groups.details(group).orElseThrow().version());
		ChangeOutcome queued = as("admin", AppRoles.PLATFORM_ADMIN, () -> this.changes.submit(new SettingsChange(group,
				version, new DeletionSettings(true, Duration.ofDays(30), null, 0, true), "Pilot of 30-day timers")));
		as("records", AppRoles.RECORDS_OFFICER, () -> this.approvals.approve(queued.requestId(), "Capture healthy"));

		navigate("groups/" + group, GroupDetailsView.class);
		@SuppressWarnings("unchecked")
		Grid<PolicyVersionRow> history = find(Grid.class).id("history-grid");
		assertThat(history.getColumns().get(5).getHeaderText()).isEqualTo("Requested by");
		assertThat(test(history).getCellText(0, 5)).isEqualTo("admin");
		assertThat(history.getColumns().get(7).getHeaderText()).isEqualTo("Approved by");
		assertThat(test(history).getCellText(0, 7)).isEqualTo("records");
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void showsTheGroupItsAccountsAndItsSettingsHistory() {
		navigate("groups/1", GroupDetailsView.class);
		assertThat(find(H2.class).first().getText()).startsWith("OS-OPS ");
		assertThat(test(find(Grid.class).id("account-grid")).size()).isPositive();
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

	/**
	 * Issue 14, build 4 (DD071): as of a date a group's page shows the settings then in
	 * force, the findings then open and the history up to then, and offers no change; a
	 * future date is named and the present shown; the as-of Groups list opens the page as
	 * of its date.
	 */
	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void asOfADateThePageShowsTheGroupThenAndChangesNothing() {
		Map<String, Object> group = this.jdbc.queryForMap("""
				select g.id, g.name, g.organization_id, g.platform_id from messaging_group g
				where g.id = (select min(v.group_id) from deletion_policy_version v
				  join messaging_group m on m.id = v.group_id and m.platform_id = 2
				  where v.valid_to is null and v.auto_delete = false
				    and (select count(*) from deletion_policy_version o where o.group_id = v.group_id) = 1
				    and not exists (select 1 from change_request r where r.group_id = v.group_id))
				""");
		long id = ((Number) group.get("id")).longValue();
		Map<String, Object> current = this.jdbc
			.queryForMap("select id, valid_from from deletion_policy_version where group_id = ?", id);
		try {
			// kept off until 15 November, then 30 days; a finding open from 5 to 12
			// November
			this.jdbc.update("update deletion_policy_version set valid_from = timestamp with time zone "
					+ "'2026-11-01 00:00:00+00', valid_to = timestamp with time zone '2026-11-15 12:00:00+00' "
					+ "where id = ?", current.get("id"));
			this.jdbc.update("""
					insert into deletion_policy_version (group_id, auto_delete, max_lifetime_seconds,
					    burn_on_read_seconds, shredder_intensity, capture_enabled, valid_from, changed_by, reason)
					select group_id, true, 2592000, null, shredder_intensity, capture_enabled,
					       timestamp with time zone '2026-11-15 12:00:00+00', 'admin', 'as-of page test'
					from deletion_policy_version where id = ?
					""", current.get("id"));
			this.jdbc.update(
					"""
							insert into finding (rule_id, severity, summary, subject_type, subject_id, group_id,
							    organization_id, platform_id, first_seen, last_seen, resolved_at, evidence)
							values ('SETTINGS_DRIFT', 'HIGH', 'as-of page test', 'GROUP', ?, ?, ?, ?,
							    timestamp with time zone '2026-11-05 00:00:00+00', timestamp with time zone '2026-11-12 00:00:00+00',
							    timestamp with time zone '2026-11-12 00:00:00+00', '{}')
							""",
					id, id, group.get("organization_id"), group.get("platform_id"));
			Long finding = this.jdbc.queryForObject("select id from finding where summary = 'as-of page test'",
					Long.class);

			openAsOf(id, "2026-11-10");
			assertThat(find(Span.class).id("as-of-banner").getText()).startsWith("As of 2026-11-10:")
				.contains("Changes are disabled");
			assertThat(find(Div.class).id("group-settings").getElement().getTextRecursively())
				.contains("Auto-delete (configured)Off");
			assertThat($(com.vaadin.flow.component.details.Details.class).id("finding-" + finding)).isNotNull();
			assertThat(find(Button.class).id("change-settings").isEnabled()).isFalse();
			assertThat(test(historyGrid()).size()).isEqualTo(1);

			openAsOf(id, "2026-11-20");
			assertThat(find(Div.class).id("group-settings").getElement().getTextRecursively())
				.contains("After 30 days");
			assertThat(findingIds()).doesNotContain("finding-" + finding);
			assertThat(test(historyGrid()).size()).isEqualTo(2);

			// a date after today is named and left out: the present, and changes on
			openAsOf(id, java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString());
			assertThat(find(Span.class).id("as-of-banner").getText()).contains("(after today)")
				.contains("as it is now");
			assertThat(find(Button.class).id("change-settings").isEnabled()).isTrue();
			assertThat(find(Div.class).id("group-settings").getElement().getTextRecursively())
				.contains("After 30 days");

			// the as-of Groups list opens the page as of its date
			UI.getCurrent().navigate(GroupListView.class, QueryParameters.simple(Map.of("asOf", "2026-11-10")));
			test(find(TextField.class).id("filter-name")).setValue((String) group.get("name"));
			test(find(Grid.class).id("group-grid")).clickRow(0);
			assertThat(getCurrentView()).isInstanceOf(GroupDetailsView.class);
			assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
				.isEqualTo("groups/" + id + "?asOf=2026-11-10");
			assertThat(find(Button.class).id("change-settings").isEnabled()).isFalse();
		}
		finally {
			this.jdbc.update("delete from finding where summary = 'as-of page test'");
			this.jdbc.update("delete from deletion_policy_version where group_id = ? and reason = 'as-of page test'",
					id);
			this.jdbc.update("update deletion_policy_version set valid_from = ?, valid_to = null where id = ?",
					current.get("valid_from"), current.get("id"));
		}
	}

	/**
	 * A day before the console kept any finding: the page cannot say the group met every
	 * rule or that its capture was healthy then (DD080).
	 */
	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void asOfADayBeforeAnyFindingWasKeptThePageSaysNotKnownRatherThanNoneOpen() {
		java.time.LocalDate day = gov.records.governance.base.ui.AsOf.today().minusDays(20);
		Long seen = this.jdbc.queryForObject("select count(*) from finding where first_seen <= ?", Long.class,
				java.sql.Timestamp.from(gov.records.governance.base.ui.AsOf.endOf(day)));
		assertThat(seen).as("the demo's findings are first seen when the console starts").isZero();
		long id = this.jdbc.queryForObject(
				"select min(v.group_id) from deletion_policy_version v where v.valid_from <= ?"
						+ " and (v.valid_to is null or v.valid_to > ?) and v.capture_enabled = true",
				Long.class, java.sql.Timestamp.from(gov.records.governance.base.ui.AsOf.endOf(day)),
				java.sql.Timestamp.from(gov.records.governance.base.ui.AsOf.endOf(day)));
		openAsOf(id, day.toString());
		assertThat(find(Span.class).id("group-findings-not-known").getText())
			.startsWith("Not known: findings are kept from ");
		assertThat($(Span.class).all()).noneMatch((s) -> s.getText().startsWith("No open findings"));
		assertThat(find(Div.class).id("group-settings").getElement().getTextRecursively())
			.contains("health not known for that day")
			.doesNotContain("; healthy");

		// the present says what it knows
		UI.getCurrent().navigate("groups/" + id);
		assertThat($(Span.class).all()).noneMatch((s) -> s.getId().orElse("").equals("group-findings-not-known"));
	}

	private void openAsOf(long group, String date) {
		UI.getCurrent().navigate("groups/" + group, QueryParameters.simple(Map.of("asOf", date)));
	}

	@SuppressWarnings("unchecked")
	private Grid<PolicyVersionRow> historyGrid() {
		return find(Grid.class).id("history-grid");
	}

	private List<String> findingIds() {
		return $(com.vaadin.flow.component.details.Details.class).all()
			.stream()
			.map((d) -> d.getId().orElse(""))
			.toList();
	}

	private static <T> T as(String username, String role, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
