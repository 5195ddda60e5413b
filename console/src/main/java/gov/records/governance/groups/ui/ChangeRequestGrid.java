package gov.records.governance.groups.ui;

import com.vaadin.flow.component.grid.Grid;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.settings.ChangeRequestRow;
import java.util.List;
import java.util.Objects;

/**
 * Requests to change a group's settings that needed a records officer, and how they were
 * decided.
 */
public class ChangeRequestGrid extends Grid<ChangeRequestRow> {

	public ChangeRequestGrid(List<ChangeRequestRow> requests) {
		setId("change-request-grid");
		addColumn((r) -> Formats.time(r.requestedAt(), "")).setHeader("Requested").setAutoWidth(true);
		addColumn(ChangeRequestRow::requestedBy).setHeader("By").setAutoWidth(true);
		addColumn((r) -> r.proposed().summary()).setHeader("Proposed").setFlexGrow(2);
		addColumn(ChangeRequestRow::reason).setHeader("Reason").setFlexGrow(2);
		addColumn((r) -> r.status().charAt(0) + r.status().substring(1).toLowerCase()).setHeader("Status")
			.setAutoWidth(true);
		addColumn((r) -> Objects.requireNonNullElse(r.decidedBy(), "")).setHeader("Decided by").setAutoWidth(true);
		addColumn((r) -> Objects.requireNonNullElse(r.decisionComment(), "")).setHeader("Comment").setFlexGrow(2);
		setItems(requests);
		setEmptyStateText("No change to this group has needed approval.");
		setHeight("20rem");
	}

}
