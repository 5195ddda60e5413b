package gov.records.governance.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.NotFoundView;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupService;
import gov.records.governance.groups.PolicyVersionRow;
import gov.records.governance.settings.ChangeOutcome;
import gov.records.governance.settings.SettingsChange;
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
		as("records", AppRoles.RECORDS_OFFICER, () -> this.changes.approve(queued.requestId(), "Capture healthy"));

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
