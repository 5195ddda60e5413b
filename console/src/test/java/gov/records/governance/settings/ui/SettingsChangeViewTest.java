package gov.records.governance.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.ui.GroupDetailsView;
import gov.records.governance.groups.ui.GroupListView;
import gov.records.governance.settings.BulkPreview;
import gov.records.governance.settings.ChangeRequestRow;
import gov.records.governance.settings.SettingsChangeService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A platform administrator previews and submits a loosening change on a group; the change
 * waits, visible as pending on the group; the Approvals view lists it for records
 * officers. A bulk change is previewed before it can be applied, and a refused one cannot
 * be.
 */
@SpringBootTest
class SettingsChangeViewTest extends SpringBrowserlessTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SettingsChangeService changes;

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void anAdministratorPreviewsAndSubmitsALooseningChangeWhichWaitsForApproval() {
		long group = keptGroup();
		navigate("groups/" + group, GroupDetailsView.class);
		test(find(Button.class).id("change-settings")).click();
		Dialog dialog = find(Dialog.class).single();
		test(find(Checkbox.class, dialog).id("settings-auto-delete")).click();
		test(find(IntegerField.class, dialog).id("settings-lifetime")).setValue(30);
		test(find(TextArea.class, dialog).id("settings-reason")).setValue("Pilot of 30-day timers");
		test(find(Button.class, dialog).id("preview-change")).click();
		assertThat(find(Div.class, dialog).id("impact-preview").getElement().getTextRecursively())
			.contains("Needs a records officer's approval");
		test(find(Button.class, dialog).id("submit-change")).click();
		assertThat(find(Span.class).id("pending-change").getText()).contains("Auto-delete after 30 days");
	}

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void aBulkChangeIsPreviewedBeforeItCanBeAppliedAndARefusedOneCannotBeApplied() {
		// one platform: no setting fits every platform (Wickr cannot keep messages,
		// DD043)
		com.vaadin.flow.component.UI.getCurrent()
			.navigate(GroupListView.class,
					com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("platform", "2")));
		test(find(Button.class).id("bulk-change")).click();
		Dialog dialog = find(Dialog.class).single();
		Button apply = find(Button.class, dialog).id("apply-bulk");
		assertThat(apply.isEnabled()).as("Apply before any preview").isFalse();

		test(find(Checkbox.class, dialog).id("settings-auto-delete")).click();
		test(find(IntegerField.class, dialog).id("settings-lifetime")).setValue(30);
		// the bulk form starts empty (issue 14, Found 10): capture is not preset on
		assertThat(find(Checkbox.class, dialog).id("settings-capture").getValue()).isFalse();
		// Mattermost has no shredder
		@SuppressWarnings("unchecked")
		Select<Integer> shredder = find(Select.class, dialog).id("settings-shredder");
		shredder.setValue(0);
		test(find(TextArea.class, dialog).id("settings-reason")).setValue("Pilot of 30-day timers");
		test(find(Button.class, dialog).id("preview-bulk")).click();
		BulkPreview refused = this.changes.previewBulk(GroupFilter.none().withPlatform(2L),
				new DeletionSettings(true, Duration.ofDays(30), null, 0, false), "Pilot of 30-day timers");
		assertThat(refused.isRefused()).isTrue();
		String text = impactText(dialog);
		assertThat(text).contains("Will be refused", "nothing will change", refused.refused() + " would be refused",
				refused.needApproval() + " would wait for a records officer",
				"Impact on " + refused.matching() + " groups", "Findings it would open: " + refused.findingsOpened());
		refused.refusingRules().forEach((rule) -> assertThat(text).contains(rule.title() + " — " + rule.groups()));
		assertThat(find(ListItem.class, find(UnorderedList.class, dialog).id("bulk-impact-groups")).all())
			.hasSize(refused.groups().size())
			.first()
			.satisfies((item) -> assertThat(item.getElement().getTextRecursively()).contains("Will be refused",
					refused.groups().getFirst().groupName()));
		assertThat(apply.isEnabled()).as("Apply after a refused preview").isFalse();

		test(find(Checkbox.class, dialog).id("settings-auto-delete")).click();
		test(find(Checkbox.class, dialog).id("settings-capture")).click();
		test(find(Button.class, dialog).id("preview-bulk")).click();
		assertThat(impactText(dialog)).contains("Ready to apply", "0 would be refused");
		assertThat(apply.isEnabled()).as("Apply after a clean preview").isTrue();
		test(find(TextArea.class, dialog).id("settings-reason")).setValue("Another reason");
		assertThat(apply.isEnabled()).as("Apply once the form changed after the preview").isFalse();
	}

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void aChangeWithoutAReasonIsRefusedOnTheField() {
		long group = keptGroup();
		navigate("groups/" + group, GroupDetailsView.class);
		test(find(Button.class).id("change-settings")).click();
		Dialog dialog = find(Dialog.class).single();
		test(find(Button.class, dialog).id("submit-change")).click();
		TextArea reason = find(TextArea.class, dialog).id("settings-reason");
		assertThat(reason.isInvalid()).isTrue();
		assertThat(reason.getErrorMessage()).contains("say why");
	}

	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	void theApprovalsViewListsWaitingChangesForRecordsOfficers() {
		long keptGroup = keptGroup();
		this.jdbc.update("""
				insert into change_request (group_id, base_group_version, auto_delete, max_lifetime_seconds,
				    shredder_intensity, capture_enabled, reason, requested_by, requested_at, status)
				values (?, 0, true, 2592000, 20, true, 'Pilot', 'admin', current_timestamp, 'PENDING')
				""", keptGroup);
		long group = keptGroup;
		navigate(ApprovalListView.class);
		Div card = find(Div.class, find(Div.class).id("approval-list")).all()
			.stream()
			.filter((d) -> d.hasClassName("approval-card"))
			.findFirst()
			.orElseThrow();
		String text = card.getElement().getTextRecursively();
		// side by side and in full, not "Auto-delete af…"
		assertThat(text).contains("Now", "Proposed", "Off", "After 30 days (changed)", "Requester's reason: Pilot",
				"requested by admin", "Required retention: ");
		assertThat($(Button.class, card).all()).extracting(Button::getText).contains("Approve", "Reject");

		// the same request can be decided on the group's page
		navigate("groups/" + group, GroupDetailsView.class);
		Div onPage = $(Div.class).all()
			.stream()
			.filter((d) -> d.hasClassName("approval-card"))
			.findFirst()
			.orElseThrow();
		test($(Button.class, onPage).all()
			.stream()
			.filter((b) -> b.getText().equals("Reject"))
			.findFirst()
			.orElseThrow()).click();
		Dialog dialog = find(Dialog.class).single();
		test(find(TextArea.class, dialog).id("decision-comment")).setValue("Not during the audit");
		test(find(Button.class, dialog).id("confirm-decision")).click();
		assertThat(this.jdbc.queryForObject("select status from change_request where group_id = ? and reason = 'Pilot'",
				String.class, group))
			.isEqualTo("REJECTED");
	}

	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	void aRecordsOfficerApprovesOnTheGroupsPageWithTheSameServiceAndAuditAsTheApprovalsView() {
		long group = keptGroup();
		long request = pendingRequest(group, "Group page pilot", "admin");
		navigate("groups/" + group, GroupDetailsView.class);
		Div card = find(Div.class).id("approval-" + request);
		// current against proposed, and what the schedules require, on the group's page
		assertThat(card.getElement().getTextRecursively()).contains("Now", "Proposed", "Off", "After 30 days (changed)",
				"Requester's reason: Group page pilot", "requested by admin", "Required retention: ");
		test(find(Button.class, card).id("approve-" + request)).click();
		Dialog dialog = find(Dialog.class).single();
		test(find(TextArea.class, dialog).id("decision-comment")).setValue("Fine with capture on");
		test(find(Button.class, dialog).id("confirm-decision")).click();

		assertThat(this.jdbc.queryForObject("select status from change_request where id = ?", String.class, request))
			.isEqualTo("APPROVED");
		assertThat(this.jdbc.queryForObject(
				"select approved_by from deletion_policy_version where group_id = ? and valid_to is null", String.class,
				group))
			.isEqualTo("records");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'settings.change.approved' and target_id = ? "
						+ "and actor = 'records' and reason = 'Fine with capture on'",
				Integer.class, String.valueOf(request)))
			.isEqualTo(1);
		// the page is drawn again: no card and no pending badge are left
		assertThat($(Div.class).all()).noneMatch((d) -> d.hasClassName("approval-card"));
		assertThat($(Span.class).all()).noneMatch((s) -> s.getId().orElse("").equals("pending-change"));
	}

	@Test
	@WithMockUser(username = "admin", roles = { "RECORDS_OFFICER", "PLATFORM_ADMIN" })
	void theRequesterSeesTheirRequestOnTheGroupsPageButCannotDecideIt() {
		long group = keptGroup();
		long request = pendingRequest(group, "My own pilot", "admin");
		navigate("groups/" + group, GroupDetailsView.class);
		Div card = find(Div.class).id("approval-" + request);
		assertThat(card.getElement().getTextRecursively()).contains("You asked for this change");
		assertThat(find(Button.class, card).id("approve-" + request).isEnabled()).isFalse();
		assertThat(find(Button.class, card).id("reject-" + request).isEnabled()).isFalse();
		assertThat(this.jdbc.queryForObject("select status from change_request where id = ?", String.class, request))
			.isEqualTo("PENDING");
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void aReaderSeesThePendingRequestOnTheGroupsPageWithoutDecisionButtons() {
		long group = keptGroup();
		pendingRequest(group, "Read only pilot", "admin");
		navigate("groups/" + group, GroupDetailsView.class);
		assertThat(find(Span.class).id("pending-change").getText()).contains("Auto-delete after 30 days");
		assertThat($(Div.class).all()).noneMatch((d) -> d.hasClassName("approval-card"));
		assertThat($(Button.class).all()).noneMatch((b) -> b.getText().equals("Approve"));
	}

	private long pendingRequest(long group, String reason, String requester) {
		this.jdbc.update("""
				insert into change_request (group_id, base_group_version, auto_delete, max_lifetime_seconds,
				    shredder_intensity, capture_enabled, reason, requested_by, requested_at, status)
				select id, version, true, 2592000, 0, true, ?, ?, current_timestamp, 'PENDING'
				from messaging_group where id = ?
				""", reason, requester, group);
		return this.jdbc.queryForObject("select max(id) from change_request where group_id = ?", Long.class, group);
	}

	private String impactText(Dialog dialog) {
		return find(Div.class, dialog).id("bulk-impact").getElement().getTextRecursively();
	}

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void theChangeDialogOffersOnlyTheControlsThePlatformHasAndShowsWhatItAccepts() {
		navigate("groups/" + groupOn(3), GroupDetailsView.class);
		test(find(Button.class).id("change-settings")).click();
		Dialog dialog = find(Dialog.class).single();
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class, dialog).id("platform-capabilities").getText())
			.contains("Matrix", "no burn-on-read and no shredder", "1 minute to 25 years");
		assertThat($(Select.class, dialog).all())
			.noneMatch((c) -> c.getId().orElse("").equals("settings-shredder") && c.isVisible());
		assertThat($(IntegerField.class, dialog).all())
			.noneMatch((c) -> c.getId().orElse("").equals("settings-burn-on-read") && c.isVisible());
		test(find(TextArea.class, dialog).id("settings-reason")).setValue("Check what Matrix holds");
		test(find(Button.class, dialog).id("preview-change")).click();
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class, dialog).id("impact-capabilities").getText())
			.contains("What the platform holds", "DCR Matrix", "no shredder");
		find(Dialog.class).single().close();

		navigate("groups/" + groupOn(1), GroupDetailsView.class);
		test(find(Button.class).id("change-settings")).click();
		dialog = find(Dialog.class).single();
		Checkbox autoDelete = find(Checkbox.class, dialog).id("settings-auto-delete");
		assertThat(autoDelete.getValue()).isTrue();
		assertThat(autoDelete.isReadOnly()).as("Wickr messages always expire").isTrue();
		assertThat(find(Select.class, dialog).id("settings-shredder").isVisible()).isTrue();
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class, dialog).id("platform-capabilities").getText())
			.contains("DCR Wickr Network", "1 minute to 1 year");
	}

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void aGroupOnAnUnsanctionedAppOffersNoChangeAndSaysWhy() {
		navigate("groups/" + groupOn(4), GroupDetailsView.class);
		assertThat($(Button.class).all())
			.noneMatch((b) -> b.getId().orElse("").equals("change-settings") && b.isVisible());
		assertThat(find(Span.class).id("not-changeable").getText()).contains("not changed through the console",
				"20 days");
	}

	private long groupOn(long platform) {
		Long id = this.jdbc.queryForObject("""
				select min(g.id) from messaging_group g
				where g.platform_id = ? and not exists (select 1 from change_request r where r.group_id = g.id)
				""", Long.class, platform);
		assertThat(id).isNotNull();
		return id;
	}

	private long keptGroup() {
		Long id = this.jdbc.queryForObject(
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
		return id;
	}

}
