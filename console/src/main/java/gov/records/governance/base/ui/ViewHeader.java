package gov.records.governance.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The title line every view starts with: a heading, one sentence, and optional actions.
 */
public class ViewHeader extends Composite<VerticalLayout> {

	public ViewHeader(String title, String description, Component... actions) {
		H2 heading = new H2(title);
		heading.getStyle().set("margin", "0");
		HorizontalLayout line = new HorizontalLayout(heading);
		line.setWidthFull();
		line.setAlignItems(FlexComponent.Alignment.BASELINE);
		HorizontalLayout actionBar = new HorizontalLayout(actions);
		actionBar.getStyle().set("margin-left", "auto");
		line.add(actionBar);
		Paragraph text = new Paragraph(description);
		text.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
		getContent().add(line, text);
		getContent().setPadding(false);
		getContent().setSpacing(false);
	}

}
