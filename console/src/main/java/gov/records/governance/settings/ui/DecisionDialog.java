package gov.records.governance.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import gov.records.governance.settings.ChangeRequestRow;
import gov.records.governance.settings.GuardrailException;
import gov.records.governance.settings.ApprovalService;
import gov.records.governance.shared.ValidationException;

/**
 * Approving or rejecting one request, with a comment (required to reject). Refusals
 * (one's own request, a guardrail met meanwhile) are shown in plain words and change
 * nothing.
 */
final class DecisionDialog extends Dialog {

	DecisionDialog(ApprovalService approvals, ChangeRequestRow request, boolean approve, Runnable decided) {
		setHeaderTitle((approve ? "Approve" : "Reject") + " the change to " + request.groupName());
		TextArea comment = new TextArea("Comment");
		comment.setWidthFull();
		comment.setId("decision-comment");
		comment.setMaxLength(2000);
		comment.setHelperText(approve ? "Optional" : "Required: say why");
		add(new Paragraph("Proposed: " + request.proposed().summary()), new Paragraph("Reason: " + request.reason()),
				comment);
		Button confirm = new Button(approve ? "Approve" : "Reject", (click) -> {
			try {
				if (approve) {
					approvals.approve(request.id(), comment.getValue());
				}
				else {
					approvals.reject(request.id(), comment.getValue());
				}
				Notification.show((approve ? "Approved" : "Rejected") + ": " + request.groupName())
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				close();
				decided.run();
			}
			catch (ValidationException | GuardrailException ex) {
				Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE)
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		});
		confirm.setId("confirm-decision");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button("Cancel", (click) -> close());
		cancel.setId("cancel-decision");
		getFooter().add(cancel, confirm);
	}

}
