package gov.records.governance.groups.ui;

import com.vaadin.flow.component.html.Span;
import gov.records.governance.settings.ChangeStatus;

/** What will happen to a proposed change, as a labelled badge. */
final class OutcomeBadge {

	private OutcomeBadge() {
	}

	static Span of(ChangeStatus outcome) {
		Span badge = new Span(switch (outcome) {
			case APPLIED -> "Will apply at once";
			case PENDING_APPROVAL -> "Needs a records officer's approval";
			case REFUSED -> "Will be refused";
		});
		badge.getElement().getThemeList().add(switch (outcome) {
			case APPLIED -> "badge success";
			case PENDING_APPROVAL -> "badge";
			case REFUSED -> "badge error";
		});
		return badge;
	}

}
