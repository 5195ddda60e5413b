package gov.records.governance.groups.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.groups.GroupService;
import gov.records.governance.groups.PolicyVersionRow;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The timeline of a group's deletion settings (newest first), and the settings in force
 * at any past moment.
 */
class SettingsHistoryPanel extends VerticalLayout {

	SettingsHistoryPanel(GroupService groups, long groupId, List<PolicyVersionRow> history) {
		setPadding(false);
		DateTimePicker at = Formats.utcPicker(new DateTimePicker("Settings in force at (UTC)"));
		at.setId("history-at");
		Span answer = new Span();
		answer.setId("history-at-answer");
		at.addValueChangeListener((e) -> {
			if (e.getValue() == null) {
				answer.setText("");
				return;
			}
			answer.setText(groups.settingsAt(groupId, e.getValue().toInstant(ZoneOffset.UTC))
				.map((v) -> v.settings().summary() + " (version from " + Formats.time(v.validFrom(), "")
						+ ", requested by " + v.requestedBy()
						+ ((v.approvedBy() != null) ? ", approved by " + v.approvedBy() : "") + ")")
				.orElse("No settings recorded at that moment: the group did not exist yet."));
		});
		HorizontalLayout lookup = new HorizontalLayout(at, answer);
		lookup.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(lookup, grid(history));
	}

	private static Grid<PolicyVersionRow> grid(List<PolicyVersionRow> history) {
		Grid<PolicyVersionRow> grid = new Grid<>();
		grid.setId("history-grid");
		grid.addColumn((v) -> Formats.time(v.validFrom(), "")).setHeader("In force from").setAutoWidth(true);
		grid.addColumn((v) -> Formats.time(v.validTo(), "now (current)")).setHeader("Until").setAutoWidth(true);
		grid.addColumn((v) -> v.settings().lifetimeText()).setHeader("Auto-delete");
		grid.addColumn((v) -> v.settings().burnOnReadText()).setHeader("Burn-on-read cap");
		grid.addColumn((v) -> v.settings().captureEnabled() ? "On" : "Off").setHeader("Capture");
		grid.addColumn(PolicyVersionRow::requestedBy).setHeader("Requested by");
		grid.addColumn((v) -> Objects.requireNonNullElse(v.reason(), "— no reason recorded —"))
			.setHeader("Reason")
			.setFlexGrow(3);
		grid.addColumn((v) -> Objects.requireNonNullElse(v.approvedBy(), "")).setHeader("Approved by");
		grid.setItems(history);
		grid.setEmptyStateText("No settings recorded.");
		grid.setHeight("24rem");
		return grid;
	}

}
