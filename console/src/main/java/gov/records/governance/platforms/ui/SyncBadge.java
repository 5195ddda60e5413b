package gov.records.governance.platforms.ui;

import com.vaadin.flow.component.html.Span;
import gov.records.governance.backends.SyncStatus;

/** A platform's sync status as a coloured badge. */
final class SyncBadge {

	private SyncBadge() {
	}

	static Span of(SyncStatus status) {
		Span badge = new Span(status.label());
		badge.getElement().getThemeList().add(switch (status) {
			case OK -> "badge success";
			case DEGRADED -> "badge";
			case STALE, NEVER -> "badge error";
			case NOT_CONNECTED -> "badge contrast";
		});
		return badge;
	}

}
