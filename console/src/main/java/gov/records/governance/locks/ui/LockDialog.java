package gov.records.governance.locks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import gov.records.governance.locks.LockRow;
import gov.records.governance.locks.RetentionLockService;
import gov.records.governance.schedules.ui.ProblemsDialog;
import gov.records.governance.shared.ValidationException;
import java.util.function.Supplier;

/**
 * Places (or extends) a retention lock, with a reason. The dialog says plainly what a
 * lock means: it can be extended later, never shortened or lifted in the console.
 */
public final class LockDialog extends Dialog {

	public static final String PROMISE = "A locked requirement can be extended later but never shortened or removed, by "
			+ "anyone, including an administrator, an approval or the REST API; the console cannot lift a lock.";

	private final TextArea reason = new TextArea("Reason");

	private LockDialog(String title, String what) {
		setHeaderTitle(title);
		setWidth("34rem");
		this.reason.setId("lock-reason");
		this.reason.setWidthFull();
		this.reason.setHelperText("Required: e.g. \"Front office of the Secretary; Capstone 1 on form GRS 6.1-…\".");
		Paragraph promise = new Paragraph(what + " " + PROMISE);
		promise.setId("lock-promise");
		add(new VerticalLayout(promise));
	}

	/** A lock on a group's minimum retention ("P7Y", "PERMANENT", …). */
	public static LockDialog forGroup(RetentionLockService locks, long groupId, String groupName, Runnable done) {
		LockDialog dialog = new LockDialog("Lock the retention of " + groupName,
				"No setting of " + groupName + " may then delete messages sooner than the locked retention.");
		TextField retention = new TextField("Minimum retention");
		retention.setId("lock-min-retention");
		retention.setValue("P7Y");
		retention.setHelperText("An ISO 8601 period (P30D, P7Y) or PERMANENT; a longer one extends an existing lock.");
		dialog.add(new VerticalLayout(retention, dialog.reason));
		dialog.confirm(() -> locks.lockGroup(groupId, retention.getValue(), dialog.reason.getValue()), done);
		return dialog;
	}

	/** A lock on a schedule assignment, at its item's current retention. */
	public static LockDialog forAssignment(RetentionLockService locks, long assignmentId, String target,
			String retention, Runnable done) {
		LockDialog dialog = new LockDialog("Lock the assignment to " + target,
				"The assignment then cannot be removed, and its item (" + retention
						+ ") cannot be shortened or ended.");
		dialog.add(new VerticalLayout(dialog.reason));
		dialog.confirm(() -> locks.lockAssignment(assignmentId, dialog.reason.getValue()), done);
		return dialog;
	}

	private void confirm(Supplier<LockRow> action, Runnable done) {
		Button lock = new Button("Lock", (click) -> {
			try {
				LockRow placed = action.get();
				Notification.show("Placed: " + placed.label() + ".").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				done.run();
				close();
			}
			catch (ValidationException ex) {
				new ProblemsDialog("this lock", ex.problems()).open();
			}
		});
		lock.setId("confirm-lock");
		lock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button("Cancel", (click) -> close()), lock);
	}

}
