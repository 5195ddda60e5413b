package gov.records.governance.schedules.ui;

import gov.records.governance.base.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import gov.records.governance.schedules.ScheduleItemRow;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Ends a schedule item: superseded by another item, or retired with none. The item is
 * kept (history and reports as of past dates still name it); it stops applying on the day
 * it ends. What the service refuses is said in the dialog and nothing changes.
 */
class EndItemDialog extends Dialog {

	private final TextField successor = new TextField("Superseded by");

	private final DatePicker on = Formats.datePicker(new DatePicker("Ends on"));

	private final Paragraph message = new Paragraph();

	EndItemDialog(ScheduleService schedules, ScheduleItemRow item, boolean supersede, Runnable ended) {
		setHeaderTitle((supersede ? "Supersede " : "Retire ") + item.reference());
		setId("end-item-dialog");
		setWidth("32rem");
		Paragraph explanation = new Paragraph(supersede
				? "The item stops applying on the day it ends and names the item that replaces it. Groups it is "
						+ "assigned to keep the assignment; assign the successor to them as well."
				: "The item stops applying on the day it ends, with no successor. It stays in the catalogue.");
		this.successor.setId("end-successor");
		this.successor.setHelperText("Schedule / item, e.g. GRS 6.1 / 011");
		this.successor.setRequired(true);
		this.successor.setWidthFull();
		this.successor.setVisible(supersede);
		this.on.setId("end-on");
		this.on.setValue(LocalDate.now(ZoneOffset.UTC));
		this.message.setId("end-message");
		this.message.getStyle().set("color", "var(--lumo-error-text-color)");
		this.message.setVisible(false);
		add(new VerticalLayout(explanation, this.message, this.successor, this.on));
		Button confirm = new Button(supersede ? "Supersede" : "Retire", (click) -> {
			this.message.setVisible(false);
			this.successor.setInvalid(false);
			this.on.setInvalid(false);
			try {
				ScheduleItemRow row = supersede
						? schedules.supersede(item.id(), item.version(), this.successor.getValue(), this.on.getValue())
						: schedules.retire(item.id(), item.version(), this.on.getValue());
				Notification.show(row.reference() + " ends on " + row.effectiveTo() + ".")
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				ended.run();
				close();
			}
			catch (ValidationException ex) {
				for (Problem problem : ex.problems()) {
					if (problem.column().equals("superseded_by")) {
						this.successor.setErrorMessage(problem.reason());
						this.successor.setInvalid(true);
					}
					else if (problem.column().equals("effective_to")) {
						this.on.setErrorMessage(problem.reason());
						this.on.setInvalid(true);
					}
				}
				say("Not done; nothing has changed. "
						+ String.join("; ", ex.problems().stream().map(Problem::reason).toList()));
			}
			catch (StaleEditException ex) {
				say("Someone else changed " + item.reference() + " meanwhile; close and select it again.");
			}
		});
		confirm.setId("end-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button("Cancel", (click) -> close()), confirm);
	}

	private void say(String text) {
		this.message.setText(text);
		this.message.setVisible(true);
	}

}
