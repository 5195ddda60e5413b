package gov.records.governance.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The body of a view whose feature is not built yet: says so plainly, and what it will
 * hold.
 */
public class NotYetAvailable extends VerticalLayout {

	public NotYetAvailable(String title, String whatItWillHold) {
		addClassName("not-yet-available");
		add(new ViewHeader(title, whatItWillHold));
		Paragraph notice = new Paragraph("This view is not available yet. Nothing is missing from your data: "
				+ "the feature that fills it has not been built.");
		notice.setId("not-yet-available");
		add(notice);
	}

}
