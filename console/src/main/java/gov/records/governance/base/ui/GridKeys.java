package gov.records.governance.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Enter on a grid row does what a click on it does (Vaadin's grid answers only Space):
 * the row that has the keyboard focus is remembered and opened on Enter.
 */
public final class GridKeys {

	private GridKeys() {
	}

	public static <T> void enterOpens(Grid<T> grid, Consumer<T> open) {
		AtomicReference<T> focused = new AtomicReference<>();
		grid.addCellFocusListener((event) -> event.getItem().ifPresent(focused::set));
		grid.getElement().addEventListener("keydown", (event) -> {
			T item = focused.get();
			if (item != null) {
				open.accept(item);
			}
		}).setFilter("event.key === 'Enter' && event.composedPath()[0].localName === 'vaadin-grid'");
	}

	/** For grids whose row opens a panel by selection: Enter selects the focused row. */
	public static <T> void enterSelects(Grid<T> grid) {
		enterOpens(grid, grid::select);
	}

}
