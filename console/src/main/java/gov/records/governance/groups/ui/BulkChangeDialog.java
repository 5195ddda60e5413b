package gov.records.governance.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.schedules.ui.ProblemsDialog;
import gov.records.governance.settings.BulkOutcome;
import gov.records.governance.settings.SettingsChangeService;
import gov.records.governance.shared.ValidationException;

/**
 * One change for every group the current filter shows, in one operation: if any group
 * would be refused nothing changes and every refusal is listed; otherwise each group is
 * applied or queued for approval.
 */
class BulkChangeDialog extends Dialog {

	BulkChangeDialog(SettingsChangeService changes, GroupFilter filter, long matching, Runnable changed) {
		setHeaderTitle("Change the settings of " + matching + ((matching == 1) ? " group" : " groups"));
		setWidth("48rem");
		SettingsForm form = new SettingsForm(new DeletionSettings(false, null, null, 20, true));
		add(new Paragraph("Every group matching the current filter gets these settings. Groups already at them are "
				+ "left alone; changes that loosen retention where the schedules require more wait for a records officer."),
				form);
		Button apply = new Button("Apply to all", (click) -> {
			try {
				BulkOutcome outcome = changes.bulk(filter, form.settings(), form.reason());
				Notification
					.show(outcome.applied() + " applied, " + outcome.pendingApproval() + " waiting for approval, "
							+ outcome.unchanged() + " already at these settings.")
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				changed.run();
				close();
			}
			catch (ValidationException ex) {
				new ProblemsDialog("this bulk change (nothing was changed)", ex.problems()).open();
			}
		});
		apply.setId("apply-bulk");
		apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button("Cancel", (click) -> close()), apply);
	}

}
