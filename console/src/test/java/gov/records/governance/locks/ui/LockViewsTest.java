package gov.records.governance.locks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import gov.records.governance.capstone.ui.CapstoneView;
import gov.records.governance.groups.ui.GroupDetailsView;
import gov.records.governance.locks.LockRow;
import gov.records.governance.locks.RetentionLockService;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Retention locks in the console (issue 16, DD052): a records officer locks a group's
 * retention from its page; the change dialog refuses a shorter lifetime and says why in
 * words, and the refusal is audited; every role sees the locks in force, with no way to
 * lift one.
 */
@SpringBootTest
class LockViewsTest extends SpringBrowserlessTest {

	/**
	 * A Mattermost group kept forever with capture, with a Capstone member, free of holds
	 * and requests.
	 */
	private static final String FREE_GROUP = """
			select %s(g.id) from messaging_group g join organization o on o.id = g.organization_id
			join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
			where g.platform_id = 2 and v.auto_delete = false and v.capture_enabled = true
			  and exists (select 1 from group_membership m join account a on a.id = m.account_id
			              where m.group_id = g.id and a.role_category like 'CAPSTONE%%')
			  and not exists (select 1 from change_request r where r.group_id = g.id)
			  and not exists (select 1 from retention_lock l where l.group_id = g.id)
			  and not exists (select 1 from legal_hold h join legal_hold_scope s on s.hold_id = h.id
			                  left join organization so on so.id = s.organization_id
			                  where h.released_at is null
			                    and (s.group_id = g.id
			                         or (so.id is not null and o.tree_left between so.tree_left and so.tree_right)
			                         or s.account_id in (select m.account_id from group_membership m
			                                             where m.group_id = g.id)))
			""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RetentionLockService locks;

	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	void aRecordsOfficerLocksAGroupsRetentionFromItsPageAndSeesItInTheList() {
		long group = group("min");
		navigate("groups/" + group, GroupDetailsView.class);
		assertThat(find(Span.class).withId("group-lock").exists()).isFalse();
		test(find(Button.class).id("lock-retention")).click();
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("lock-promise").getText())
			.contains("never shortened or removed");
		test(find(TextField.class).id("lock-min-retention")).setValue("P7Y");
		test(find(TextArea.class).id("lock-reason")).setValue("Front office of a Capstone official");
		test(find(Button.class).id("confirm-lock")).click();
		assertThat(
				this.jdbc.queryForObject("select count(*) from retention_lock where group_id = ?", Long.class, group))
			.isOne();
		assertThat(find(Span.class).id("group-lock").getText()).contains("keep 7 years")
			.contains("never shortened or lifted");

		navigate(CapstoneView.class);
		@SuppressWarnings("unchecked")
		Grid<LockRow> grid = find(Grid.class).id("lock-grid");
		assertThat(grid.getListDataView().getItems().map(LockRow::targetId).toList()).contains(group);
		assertThat(find(Button.class).all()).extracting(Button::getText)
			.noneMatch((text) -> text.toLowerCase().contains("lift") || text.toLowerCase().contains("unlock"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void theChangeDialogRefusesAShorterLifetimeThanTheLockAndSaysWhy() {
		long group = group("max");
		as("records", "RECORDS_OFFICER",
				() -> this.locks.lockGroup(group, "P7Y", "Front office of a Capstone official"));
		long versions = versions(group);
		navigate("groups/" + group, GroupDetailsView.class);
		assertThat(find(Button.class).withId("lock-retention").all()).noneMatch(Button::isVisible);
		test(find(Button.class).id("change-settings")).click();
		find(Checkbox.class).id("settings-auto-delete").setValue(true);
		find(IntegerField.class).id("settings-lifetime").setValue(30);
		@SuppressWarnings("unchecked")
		Select<ChronoUnit> unit = find(Select.class).id("settings-lifetime-unit");
		unit.setValue(ChronoUnit.DAYS);
		find(TextArea.class).id("settings-reason").setValue("Pilot of 30-day timers with capture");
		test(find(Button.class).id("submit-change")).click();
		String refusal = find(UnorderedList.class).id("refusal-reasons").getElement().getTextRecursively();
		assertThat(refusal).contains("deletes messages after 30 days")
			.contains("sooner than retention lock")
			.contains("never shortened or removed")
			.doesNotContain("Exception");
		assertThat(versions(group)).isEqualTo(versions);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'settings.change.refused' and target_id = ?"
						+ " and actor = 'admin' and after_state like '%RETENTION_LOCK%'",
				Long.class, String.valueOf(group)))
			.isOne();
	}

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void anInspectorSeesTheLocksButCannotPlaceOrLiftOne() {
		navigate(CapstoneView.class);
		assertThat(find(Grid.class).withId("lock-grid").exists()).isTrue();
		assertThat(find(Button.class).all()).extracting(Button::getText)
			.noneMatch((text) -> text.toLowerCase().contains("lift") || text.toLowerCase().contains("unlock"));
		navigate("groups/" + group("min"), GroupDetailsView.class);
		assertThat(find(Button.class).withId("lock-retention").all()).noneMatch(Button::isVisible);
	}

	private long group(String which) {
		Long group = this.jdbc.queryForObject(FREE_GROUP.formatted(which), Long.class);
		assertThat(group).as("a free group with a Capstone member").isNotNull();
		return group;
	}

	private long versions(long group) {
		return this.jdbc.queryForObject("select count(*) from deletion_policy_version where group_id = ?", Long.class,
				group);
	}

	private static <T> T as(String username, String role, Callable<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		SecurityContextHolder.setContext(context);
		try {
			return action.call();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
