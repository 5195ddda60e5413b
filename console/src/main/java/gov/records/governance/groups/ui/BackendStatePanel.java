package gov.records.governance.groups.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import gov.records.governance.backends.LiveGroupState;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.groups.PlatformControls.Difference;
import gov.records.governance.settings.OutboxEntryRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The group as its backend has it: in step with the governed settings or drifted (each
 * difference with both values), as of the platform's last good sync, and whether the last
 * change is still on its way, applied or failed to reach the backend.
 */
class BackendStatePanel extends Composite<Div> {

	BackendStatePanel(Optional<LiveGroupState> live, List<OutboxEntryRow> pushes) {
		Div content = getContent();
		content.setId("backend-state");
		content.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
		if (live.isEmpty()) {
			content.add(muted("The backend has not reported this group yet (no successful sync of its platform)."));
		}
		else {
			LiveGroupState state = live.get();
			String asOf = "as of " + Formats.time(state.checkedAt(), "the last sync") + ", unchanged since "
					+ Formats.time(state.since(), "—");
			if (state.inStep()) {
				// in step means every control the platform holds; capture on Mattermost
				// and Matrix
				// is not one of them (issue 14, Found 5): the capture statement above
				// says so
				content.add(line(badge("Deletion settings in step with the backend", "badge success"),
						muted("Live in the backend: " + state.live().summary() + ", " + asOf + ".")));
			}
			else {
				content.add(line(badge("Drifted in the backend", "badge error"),
						muted("Live in the backend: " + state.live().summary() + ", " + asOf + ".")));
				for (Difference d : state.differences()) {
					Span text = new Span(d.toString());
					text.addClassName("drift-difference");
					content.add(text);
				}
			}
		}
		pushes.stream().findFirst().ifPresent((last) -> content.add(pushLine(last)));
	}

	private static Span pushLine(OutboxEntryRow last) {
		String text = switch (last.status()) {
			case "PENDING" -> "Latest change is on its way to the backend (attempt " + (last.attempts() + 1)
					+ ((last.lastError() != null) ? "; last error: " + last.lastError() : "") + ").";
			case "APPLIED" -> "Latest change reached the backend " + Formats.time(last.appliedAt(), "") + ".";
			default -> "Latest change failed to reach the backend after " + last.attempts() + " attempts: "
					+ Objects.requireNonNullElse(last.lastError(), "no reason given") + ".";
		};
		Span span = new Span(text);
		span.setId("push-status");
		if ("FAILED".equals(last.status())) {
			span.getStyle().set("color", "var(--lumo-error-text-color)");
		}
		return span;
	}

	/**
	 * The group's pushes: each applied change on its way to the backend, with its
	 * outcome.
	 */
	static Grid<OutboxEntryRow> pushesGrid(List<OutboxEntryRow> pushes) {
		Grid<OutboxEntryRow> grid = new Grid<>();
		grid.setId("push-grid");
		grid.addColumn((p) -> Formats.time(p.createdAt(), "")).setHeader("Queued").setAutoWidth(true);
		grid.addColumn((p) -> p.status().charAt(0) + p.status().substring(1).toLowerCase())
			.setHeader("Status")
			.setAutoWidth(true);
		grid.addColumn(OutboxEntryRow::attempts).setHeader("Attempts").setAutoWidth(true);
		grid.addColumn((p) -> Formats.time(p.appliedAt(), "—")).setHeader("Applied").setAutoWidth(true);
		grid.addColumn((p) -> Objects.requireNonNullElse(p.lastError(), "")).setHeader("Last error").setFlexGrow(3);
		grid.setItems(pushes);
		grid.setEmptyStateText("No change of this group has been pushed yet.");
		grid.setHeight("20rem");
		return grid;
	}

	private static Div line(Span... parts) {
		Div line = new Div(parts);
		line.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
		return line;
	}

	private static Span badge(String text, String theme) {
		Span badge = new Span(text);
		badge.setId("drift-badge");
		badge.getElement().getThemeList().add(theme);
		return badge;
	}

	private static Span muted(String text) {
		Span span = new Span(text);
		span.getStyle().set("color", "var(--lumo-secondary-text-color)");
		return span;
	}

}
