package gov.records.governance.platforms.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.shared.ValidationException;

/**
 * Turns a platform's automatic drift remediation on or off, with a reason for the audit
 * log.
 */
class AutoRemediationDialog extends Dialog {

	AutoRemediationDialog(PlatformService platforms, PlatformSummary platform, Runnable changed) {
		boolean on = !platform.autoRemediate();
		setHeaderTitle((on ? "Turn on" : "Turn off") + " drift remediation for " + platform.name());
		setId("remediation-dialog");
		setWidth("36rem");
		add(new Paragraph(on
				? "When a sync finds a group whose live settings differ from the governed ones, the console will push "
						+ "the governed settings back to the backend. Every push is audited."
				: "Drift will still be reported as a finding, but nothing will be pushed back automatically."));
		TextArea reason = new TextArea("Reason");
		reason.setId("remediation-reason");
		reason.setWidthFull();
		reason.setRequired(true);
		reason.setMaxLength(2000);
		reason.setHelperText("Required: recorded in the audit log with the change.");
		// the reason is required, so it must be in the dialog (issue 19, item 4)
		add(reason);
		Button save = new Button(on ? "Turn on" : "Turn off", (click) -> {
			try {
				platforms.setAutoRemediate(platform.id(), on, reason.getValue());
				Notification.show("Drift remediation for " + platform.name() + " is " + (on ? "on." : "off."));
				close();
				changed.run();
			}
			catch (ValidationException ex) {
				reason.setErrorMessage(ex.getMessage());
				reason.setInvalid(true);
				Notification.show(ex.getMessage());
			}
		});
		save.setId("remediation-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button("Cancel", (click) -> close()), save);
	}

}
