package gov.records.governance.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import gov.records.governance.compliance.PolicySource;
import gov.records.governance.compliance.rules.Violation;
import gov.records.governance.compliance.ui.SeverityBadge;
import gov.records.governance.groups.GroupDetails;
import gov.records.governance.groups.capabilities.PlatformCapabilities;
import gov.records.governance.schedules.ui.ProblemsDialog;
import gov.records.governance.settings.ChangeOutcome;
import gov.records.governance.settings.ChangeStatus;
import gov.records.governance.settings.GuardrailException;
import gov.records.governance.settings.ImpactPreview;
import gov.records.governance.settings.SettingsChange;
import gov.records.governance.settings.SettingsChangeService;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.util.List;

/**
 * Changes one group's deletion settings: the form (only the controls the group's platform
 * has, with the values it accepts), the impact preview (findings it would open or close,
 * the schedule items and holds that constrain the group, what the platform can hold, and
 * whether it applies, waits for approval or is refused), then the submission.
 */
class ChangeSettingsDialog extends Dialog {

	private final SettingsChangeService changes;

	private final GroupDetails group;

	private final SettingsForm form;

	private final Div impact = new Div();

	private final Runnable changed;

	ChangeSettingsDialog(SettingsChangeService changes, GroupDetails group, Runnable changed) {
		this.changes = changes;
		this.group = group;
		this.changed = changed;
		this.form = new SettingsForm(group.group().settings(), group.group().platformName(),
				PlatformCapabilities.of(group.group().platformKind()));
		setHeaderTitle("Change deletion settings of " + group.group().name());
		setWidth("52rem");
		this.impact.setId("impact-preview");
		add(this.form, this.impact);
		Button preview = new Button("Preview impact", (click) -> preview());
		preview.setId("preview-change");
		Button submit = new Button("Submit change", (click) -> submit());
		submit.setId("submit-change");
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button("Cancel", (click) -> close()), preview, submit);
	}

	private SettingsChange change() {
		return new SettingsChange(this.group.group().id(), this.group.version(), this.form.settings(),
				this.form.reason());
	}

	private void preview() {
		try {
			show(this.changes.preview(change()));
		}
		catch (ValidationException ex) {
			problems(ex);
		}
	}

	private void submit() {
		try {
			ChangeOutcome outcome = this.changes.submit(change());
			Notification note = Notification.show(outcome.message());
			note.addThemeVariants((outcome.status() == ChangeStatus.APPLIED) ? NotificationVariant.LUMO_SUCCESS
					: NotificationVariant.LUMO_PRIMARY);
			this.changed.run();
			close();
		}
		catch (GuardrailException ex) {
			this.impact.removeAll();
			this.impact.add(new H4("Refused"));
			if (ex.violations().isEmpty()) {
				this.impact.add(new Paragraph(ex.getMessage()));
			}
			UnorderedList reasons = new UnorderedList();
			reasons.setId("refusal-reasons");
			ex.violations()
				.forEach((v) -> reasons.add(new ListItem(SeverityBadge.of(v.rule().severity()), new Span(
						" " + v.summary() + " " + v.rule().explanation() + " What to do: " + v.rule().remediation()))));
			this.impact.add(reasons);
		}
		catch (StaleEditException ex) {
			Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		catch (ValidationException ex) {
			problems(ex);
		}
	}

	private void problems(ValidationException ex) {
		boolean onlyReason = ex.problems().stream().allMatch((p) -> p.column().equals("reason"));
		if (onlyReason) {
			this.form.showReasonError(ex.problems().getFirst().reason());
		}
		else {
			new ProblemsDialog("this change", ex.problems()).open();
		}
	}

	private void show(ImpactPreview p) {
		this.form.showReasonError(null);
		this.impact.removeAll();
		Paragraph capabilities = new Paragraph("What the platform holds: " + p.capabilities());
		capabilities.setId("impact-capabilities");
		this.impact.add(new H4("Impact"), OutcomeBadge.of(p.outcome()), new Paragraph(p.explanation()), capabilities);
		this.impact.add(list("Findings it would open", p.wouldOpen()), list("Findings it would close", p.wouldClose()));
		UnorderedList constraints = new UnorderedList();
		p.policy()
			.sources()
			.stream()
			.filter(PolicySource::decisive)
			.forEach((s) -> constraints.add(new ListItem(s.label() + " — " + s.requirement().label())));
		this.impact.add(new Paragraph("Constrained by (required retention " + p.policy().requirement().label() + "):"),
				constraints);
	}

	private static Div list(String title, List<Violation> violations) {
		Div section = new Div(new Paragraph(title + ": " + (violations.isEmpty() ? "none" : "")));
		UnorderedList items = new UnorderedList();
		violations.forEach(
				(v) -> items.add(new ListItem(SeverityBadge.of(v.rule().severity()), new Span(" " + v.summary()))));
		section.add(items);
		return section;
	}

}
