package gov.records.governance.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.schedules.ui.ProblemsDialog;
import gov.records.governance.settings.BulkOutcome;
import gov.records.governance.settings.BulkPreview;
import gov.records.governance.settings.SettingsChangeService;
import gov.records.governance.shared.ValidationException;

/**
 * One change for every group the current filter shows, in one operation. The impact is
 * previewed first (how many groups would apply, wait for approval or be refused, and
 * why); "Apply to all" opens only after a preview without refusals and closes again as
 * soon as the form changes. The service checks everything again and applies all or
 * nothing.
 */
class BulkChangeDialog extends Dialog {

	private final SettingsChangeService changes;

	private final GroupFilter filter;

	private final SettingsForm form = SettingsForm.empty();

	private final BulkImpactPanel impact = new BulkImpactPanel();

	private final Button apply = new Button("Apply to all", (click) -> apply());

	private final Runnable changed;

	BulkChangeDialog(SettingsChangeService changes, GroupFilter filter, long matching, Runnable changed) {
		this.changes = changes;
		this.filter = filter;
		this.changed = changed;
		setHeaderTitle("Change the settings of " + matching + ((matching == 1) ? " group" : " groups"));
		setWidth("48rem");
		add(new Paragraph("Every group matching the current filter gets these settings. Groups already at them are "
				+ "left alone; changes that loosen retention where the schedules require more wait for a records officer. "
				+ "Preview the impact before applying."), this.form, this.impact);
		Button preview = new Button("Preview impact", (click) -> preview());
		preview.setEnabled(false);
		this.form.addChangeListener(() -> {
			this.apply.setEnabled(false);
			preview.setEnabled(true);
		});
		preview.setId("preview-bulk");
		this.apply.setId("apply-bulk");
		this.apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.apply.setEnabled(false);
		getFooter().add(new Button("Cancel", (click) -> close()), preview, this.apply);
	}

	private void preview() {
		try {
			BulkPreview preview = this.changes.previewBulk(this.filter, this.form.settings(), this.form.reason());
			this.form.showReasonError(null);
			this.impact.show(preview);
			this.apply.setEnabled(!preview.isRefused() && preview.changed() > 0);
		}
		catch (ValidationException ex) {
			this.apply.setEnabled(false);
			problems(ex);
		}
	}

	private void apply() {
		try {
			BulkOutcome outcome = this.changes.bulk(this.filter, this.form.settings(), this.form.reason());
			Notification
				.show(outcome.applied() + " applied, " + outcome.pendingApproval() + " waiting for approval, "
						+ outcome.unchanged() + " already at these settings.")
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			this.changed.run();
			close();
		}
		catch (ValidationException ex) {
			this.apply.setEnabled(false);
			new ProblemsDialog("this bulk change (nothing was changed)", ex.problems()).open();
		}
	}

	private void problems(ValidationException ex) {
		boolean onlyReason = ex.problems().stream().allMatch((p) -> p.column().equals("reason"));
		if (onlyReason && !ex.problems().isEmpty()) {
			this.form.showReasonError(ex.problems().getFirst().reason());
		}
		else {
			new ProblemsDialog("this bulk change", ex.problems()).open();
		}
	}

}
