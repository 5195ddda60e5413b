package gov.records.governance.locks.ui;

import com.vaadin.flow.component.grid.Grid;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.locks.LockRow;
import gov.records.governance.locks.LockTarget;
import java.util.List;

/**
 * The retention locks in force, as the caller may see them; no lift button, by design.
 */
public final class LocksGrid extends Grid<LockRow> {

	public LocksGrid(List<LockRow> locks) {
		setId("lock-grid");
		addColumn(LockRow::id).setHeader("Lock").setAutoWidth(true);
		addColumn((l) -> (l.target() == LockTarget.GROUP) ? "Group" : "Schedule assignment").setHeader("On")
			.setAutoWidth(true);
		addColumn(LockRow::targetName).setHeader("What").setFlexGrow(2);
		addColumn((l) -> "keep " + l.retention().label()).setHeader("Locked retention").setAutoWidth(true);
		addColumn((l) -> l.lockedBy() + ", " + Formats.time(l.lockedAt(), "")).setHeader("Locked by")
			.setAutoWidth(true);
		addColumn(LockRow::reason).setHeader("Reason").setFlexGrow(2);
		addColumn((l) -> (l.replaces() != null) ? "extends lock " + l.replaces() : "").setHeader("History")
			.setAutoWidth(true);
		setItems(locks);
		setEmptyStateText("No retention lock in force within your scope.");
		setAllRowsVisible(locks.size() <= 10);
	}

}
