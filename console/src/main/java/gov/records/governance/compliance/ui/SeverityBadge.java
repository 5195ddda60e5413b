package gov.records.governance.compliance.ui;

import com.vaadin.flow.component.html.Span;
import gov.records.governance.compliance.Severity;

/** A coloured label for a severity, readable without colour too. */
public final class SeverityBadge {

	private SeverityBadge() {
	}

	public static Span of(Severity severity) {
		Span badge = new Span(severity.label());
		badge.getElement().getThemeList().add("badge");
		switch (severity) {
			case CRITICAL -> badge.getElement().getThemeList().add("error primary");
			case HIGH -> badge.getElement().getThemeList().add("error");
			case MEDIUM -> badge.getElement().getThemeList().add("contrast");
			default -> {
			}
		}
		return badge;
	}

}
