package gov.records.governance.schedules.ui;

import gov.records.governance.base.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import gov.records.governance.schedules.Disposition;
import gov.records.governance.schedules.ScheduleItemDraft;
import gov.records.governance.schedules.ScheduleItemRow;
import gov.records.governance.schedules.ScheduleKind;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits one schedule item. The service validates; every problem is shown on
 * its field, and a concurrent edit is reported instead of overwritten.
 */
class ScheduleItemDialog extends Dialog {

	private final TextField scheduleCode = new TextField("Schedule");

	private final TextField scheduleTitle = new TextField("Schedule title");

	private final Select<ScheduleKind> kind = new Select<>();

	private final TextField itemNumber = new TextField("Item number");

	private final TextField authority = new TextField("Disposition authority");

	private final TextField title = new TextField("Title");

	private final Select<Disposition> disposition = new Select<>();

	private final TextField minRetention = new TextField("Minimum retention");

	private final TextField cutoff = new TextField("Cutoff");

	private final TextArea scope = new TextArea("Scope");

	private final DatePicker from = Formats.datePicker(new DatePicker("Effective from"));

	private final DatePicker to = Formats.datePicker(new DatePicker("Effective to"));

	private final TextField supersededBy = new TextField("Superseded by");

	private final Checkbox verify = new Checkbox("Verify against NARA's published GRS");

	/**
	 * What was refused, in words, inside the dialog (a notification is easily missed).
	 */
	private final Paragraph message = new Paragraph();

	ScheduleItemDialog(ScheduleService schedules, @Nullable ScheduleItemRow item, Runnable saved) {
		setHeaderTitle((item == null) ? "New schedule item" : "Edit " + item.reference());
		setWidth("44rem");
		this.scheduleCode.setId("item-schedule");
		this.scheduleTitle.setId("item-schedule-title");
		this.itemNumber.setId("item-number");
		this.title.setId("item-title");
		this.minRetention.setId("item-retention");
		this.cutoff.setId("item-cutoff");
		this.supersededBy.setId("item-superseded-by");
		setId("item-dialog");
		this.kind.setLabel("Kind");
		this.kind.setItems(ScheduleKind.values());
		this.disposition.setLabel("Disposition");
		this.disposition.setItems(Disposition.values());
		this.minRetention.setHelperText(
				"ISO-8601 (P7Y, P180D) or words (7 years); empty for permanent or " + "\"when no longer needed\"");
		this.supersededBy.setHelperText("Schedule / item, e.g. GRS 6.1 / 011");
		FormLayout form = new FormLayout(this.scheduleCode, this.scheduleTitle, this.kind, this.itemNumber, this.title,
				this.authority, this.disposition, this.minRetention, this.cutoff, this.from, this.to, this.supersededBy,
				this.scope, this.verify);
		form.setColspan(this.scope, 2);
		form.setColspan(this.title, 2);
		this.message.setId("item-message");
		this.message.getStyle().set("color", "var(--lumo-error-text-color)");
		this.message.setVisible(false);
		add(this.message, form);
		ScheduleItemDraft draft = (item != null) ? ScheduleItemDraft.from(item)
				: new ScheduleItemDraft(null, 0, "", "", ScheduleKind.AGENCY, "", null, "", Disposition.TEMPORARY, null,
						null, null, LocalDate.now(), null, null, false);
		fill(draft);
		this.scheduleCode.setReadOnly(item != null);
		this.itemNumber.setReadOnly(item != null);
		Button save = new Button("Save", (click) -> save(schedules, draft, saved));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("save-item");
		getFooter().add(new Button("Cancel", (click) -> close()), save);
	}

	private void fill(ScheduleItemDraft d) {
		this.scheduleCode.setValue(d.scheduleCode());
		this.scheduleTitle.setValue(d.scheduleTitle());
		this.kind.setValue(d.scheduleKind());
		this.itemNumber.setValue(d.itemNumber());
		this.authority.setValue(text(d.authority()));
		this.title.setValue(d.title());
		this.disposition.setValue(d.disposition());
		this.minRetention.setValue(text(d.minRetention()));
		this.cutoff.setValue(text(d.cutoffRule()));
		this.scope.setValue(text(d.scopeText()));
		this.from.setValue(d.effectiveFrom());
		this.to.setValue(d.effectiveTo());
		this.supersededBy.setValue(text(d.supersededBy()));
		this.verify.setValue(d.verifyAgainstNara());
	}

	private void save(ScheduleService schedules, ScheduleItemDraft original, Runnable saved) {
		clearErrors();
		ScheduleItemDraft draft = new ScheduleItemDraft(original.id(), original.version(), this.scheduleCode.getValue(),
				this.scheduleTitle.getValue(), this.kind.getValue(), this.itemNumber.getValue(),
				this.authority.getValue(), this.title.getValue(), this.disposition.getValue(),
				this.minRetention.getValue(), this.cutoff.getValue(), this.scope.getValue(), this.from.getValue(),
				this.to.getValue(), this.supersededBy.getValue(), this.verify.getValue());
		try {
			ScheduleItemRow row = schedules.save(draft);
			Notification.show("Saved " + row.reference()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			saved.run();
			close();
		}
		catch (ValidationException ex) {
			showProblems(ex);
		}
		catch (StaleEditException ex) {
			say("Someone else saved this item meanwhile: " + ex.getMessage()
					+ ". Close the dialog and open it again to see their changes.");
		}
	}

	private void showProblems(ValidationException ex) {
		Map<String, com.vaadin.flow.component.HasValidation> fields = Map.ofEntries(
				Map.entry("schedule_code", this.scheduleCode), Map.entry("schedule_title", this.scheduleTitle),
				Map.entry("item_number", this.itemNumber), Map.entry("authority", this.authority),
				Map.entry("title", this.title), Map.entry("disposition", this.disposition),
				Map.entry("min_retention", this.minRetention), Map.entry("cutoff_rule", this.cutoff),
				Map.entry("scope", this.scope), Map.entry("effective_from", this.from),
				Map.entry("effective_to", this.to), Map.entry("superseded_by", this.supersededBy),
				Map.entry("schedule_kind", this.kind));
		List<String> unplaced = new ArrayList<>();
		for (Problem problem : ex.problems()) {
			var field = fields.get(problem.column());
			if (field != null) {
				field.setErrorMessage(problem.reason());
				field.setInvalid(true);
			}
			else {
				unplaced.add(problem.reason());
			}
		}
		say("Not saved; nothing has changed. "
				+ ((ex.problems().size() == 1) ? "1 problem" : ex.problems().size() + " problems") + " to fix"
				+ (unplaced.isEmpty() ? " (marked on the fields)." : ": " + String.join("; ", unplaced)));
	}

	private void say(String text) {
		this.message.setText(text);
		this.message.setVisible(true);
	}

	private void clearErrors() {
		this.message.setVisible(false);
		for (var field : new com.vaadin.flow.component.HasValidation[] { this.scheduleCode, this.scheduleTitle,
				this.itemNumber, this.authority, this.title, this.disposition, this.minRetention, this.cutoff,
				this.scope, this.from, this.to, this.supersededBy, this.kind }) {
			field.setInvalid(false);
		}
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
