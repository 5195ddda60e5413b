package gov.records.governance.schedules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import gov.records.governance.shared.Problem;
import java.util.List;

/**
 * Lists every problem of a refused import or form: row, column, reason. Nothing was
 * written.
 */
public class ProblemsDialog extends Dialog {

	/** The most problems listed; the rest are counted (issue 12, item 8). */
	static final int MAX_LISTED = 100;

	public ProblemsDialog(String what, List<Problem> problems) {
		setHeaderTitle("Nothing was imported from " + what);
		setWidth("52rem");
		setId("problems-dialog");
		add(new Paragraph(problems.size() + ((problems.size() == 1) ? " problem" : " problems") + " found"
				+ ((problems.size() > MAX_LISTED) ? " (the first " + MAX_LISTED + " are listed)" : "")
				+ ". Fix them and import the file again; nothing has changed."));
		Grid<Problem> grid = new Grid<>();
		grid.setId("problem-grid");
		grid.addColumn((p) -> (p.row() > 0) ? String.valueOf(p.row()) : "file").setHeader("Row").setAutoWidth(true);
		grid.addColumn(Problem::column).setHeader("Column").setAutoWidth(true);
		grid.addColumn(Problem::reason).setHeader("Problem").setFlexGrow(3);
		grid.setItems(problems.subList(0, Math.min(MAX_LISTED, problems.size())));
		grid.setAllRowsVisible(problems.size() <= 12);
		grid.setHeight((problems.size() <= 12) ? null : "24rem");
		add(grid);
		getFooter().add(new Button("Close", (click) -> close()));
	}

}
