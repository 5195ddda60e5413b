package gov.records.governance.base.ui;

import com.vaadin.flow.component.select.Select;

/**
 * Pick-lists a screen reader can name: Vaadin's select opens a list box (role
 * {@code listbox}) that carries no name of its own, which axe-core reports as serious
 * ({@code aria-input-field-name}); it gets the select's label (DD066).
 */
public final class PickLists {

	private PickLists() {
	}

	/** Names the select's list box after its label; returns the select. */
	public static <T> Select<T> named(Select<T> select) {
		String label = (select.getLabel() != null) ? select.getLabel() : select.getAriaLabel().orElse("Choices");
		select.getElement()
			.getChildren()
			.filter((child) -> "vaadin-select-list-box".equals(child.getTag()))
			.forEach((box) -> box.setAttribute("aria-label", label));
		return select;
	}

}
