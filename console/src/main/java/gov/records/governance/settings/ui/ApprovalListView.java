package gov.records.governance.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.security.CurrentUser;
import gov.records.governance.settings.ChangeRequestRow;
import gov.records.governance.settings.GuardrailException;
import gov.records.governance.settings.SettingsChangeService;
import gov.records.governance.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;

/**
 * Changes that loosen retention where the schedules require more, waiting for a records
 * officer. Officers approve or reject with a comment; nobody approves or rejects their
 * own request.
 */
@Route("approvals")
@PageTitle("Approvals | Records Governance Console")
@Menu(order = 5.5, icon = "vaadin:check-square-o", title = "Approvals")
@RolesAllowed({ AppRoles.CIO, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class ApprovalListView extends VerticalLayout {

	private final SettingsChangeService changes;

	private final Grid<ChangeRequestRow> grid = new Grid<>();

	private final CurrentUser user;

	ApprovalListView(SettingsChangeService changes, CurrentUser user) {
		this.changes = changes;
		this.user = user;
		setSizeFull();
		add(new ViewHeader("Approvals", "Changes that loosen retention where the records schedules require more wait "
				+ "here for a records officer. Nobody approves their own request."));
		this.grid.setId("approval-grid");
		this.grid.addColumn((r) -> Formats.time(r.requestedAt(), "")).setHeader("Requested").setAutoWidth(true);
		this.grid.addColumn(ChangeRequestRow::requestedBy).setHeader("By").setAutoWidth(true);
		this.grid.addComponentColumn((r) -> new Anchor("groups/" + r.groupId(), r.groupName()))
			.setHeader("Group")
			.setFlexGrow(2);
		this.grid.addColumn((r) -> r.current().summary()).setHeader("Now").setFlexGrow(2);
		this.grid.addColumn((r) -> r.proposed().summary()).setHeader("Proposed").setFlexGrow(2);
		this.grid.addColumn(ChangeRequestRow::reason).setHeader("Reason").setFlexGrow(2);
		if (user.roles().contains(AppRoles.RECORDS_OFFICER)) {
			this.grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
		}
		this.grid.setEmptyStateText("Nothing is waiting for approval.");
		this.grid.setSizeFull();
		add(this.grid);
		refresh();
	}

	private HorizontalLayout actions(ChangeRequestRow request) {
		boolean own = request.requestedBy().equals(this.user.username());
		Button approve = new Button("Approve", (click) -> decide(request, true));
		approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
		approve.setEnabled(!own);
		approve.setTooltipText(own ? "You cannot approve your own request" : null);
		Button reject = new Button("Reject", (click) -> decide(request, false));
		reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
		return new HorizontalLayout(approve, reject);
	}

	private void decide(ChangeRequestRow request, boolean approve) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle((approve ? "Approve" : "Reject") + " the change to " + request.groupName());
		TextArea comment = new TextArea("Comment");
		comment.setWidthFull();
		comment.setId("decision-comment");
		comment.setHelperText(approve ? "Optional" : "Required: say why");
		dialog.add(new Paragraph(request.proposed().summary() + " — " + request.reason()), comment);
		Button confirm = new Button(approve ? "Approve" : "Reject", (click) -> {
			try {
				if (approve) {
					this.changes.approve(request.id(), comment.getValue());
				}
				else {
					this.changes.reject(request.id(), comment.getValue());
				}
				Notification.show((approve ? "Approved" : "Rejected") + ": " + request.groupName())
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				dialog.close();
				refresh();
			}
			catch (ValidationException | GuardrailException ex) {
				Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		});
		confirm.setId("confirm-decision");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), confirm);
		dialog.open();
	}

	private void refresh() {
		this.grid.setItems(this.changes.pending());
	}

}
