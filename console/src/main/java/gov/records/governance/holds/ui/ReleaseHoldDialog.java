package gov.records.governance.holds.ui;

import gov.records.governance.base.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import gov.records.governance.holds.HoldRow;
import gov.records.governance.holds.HoldService;
import gov.records.governance.schedules.ui.ProblemsDialog;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Releases a hold with a reason; the hold and its history stay visible. */
class ReleaseHoldDialog extends Dialog {

	ReleaseHoldDialog(HoldService holds, HoldRow hold, Runnable released) {
		setHeaderTitle("Release " + hold.caseReference());
		setWidth("32rem");
		DateTimePicker at = Formats.utcPicker(new DateTimePicker("Released at (UTC)"));
		at.setValue(LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0));
		TextArea reason = new TextArea("Reason");
		reason.setId("release-reason");
		reason.setWidthFull();
		reason.setHelperText("Required: e.g. \"FOIA request closed; final response sent\".");
		add(new VerticalLayout(at, reason));
		Button save = new Button("Release", (click) -> {
			try {
				holds.release(hold.id(), hold.version(),
						(at.getValue() != null) ? at.getValue().toInstant(ZoneOffset.UTC) : java.time.Instant.now(),
						reason.getValue());
				Notification.show("Released " + hold.caseReference())
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				released.run();
				close();
			}
			catch (ValidationException ex) {
				new ProblemsDialog("this release", ex.problems()).open();
			}
			catch (StaleEditException ex) {
				Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		});
		save.setId("confirm-release");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		getFooter().add(new Button("Cancel", (click) -> close()), save);
	}

}
