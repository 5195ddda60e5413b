package gov.records.governance.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import gov.records.governance.base.ui.AsOf;
import gov.records.governance.compliance.FindingFilter;
import gov.records.governance.compliance.ui.FindingListView;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.ui.GroupListView;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's numbers as links to the filtered list behind each: real anchors (Tab
 * reaches them, Enter follows them, the address can be shared), built from the typed
 * filters of the two lists so no query is written by hand here (DD058). A dashboard as of
 * a past day links to the lists as of the same day (DD080).
 */
final class Drilldowns {

	private Drilldowns() {
	}

	static RouterLink findings(String text, FindingFilter filter, @Nullable LocalDate day) {
		FindingFilter asOf = (day == null) ? filter : filter.openAt(AsOf.endOf(day));
		return link(text, FindingListView.class, FindingListView.query(asOf));
	}

	static RouterLink groups(String text, GroupFilter filter, @Nullable LocalDate day) {
		return link(text, GroupListView.class, GroupListView.query(filter), day);
	}

	/** A link to a view, as of {@code day} when there is one. */
	static RouterLink link(String text, Class<? extends Component> view, QueryParameters query,
			@Nullable LocalDate day) {
		return link(text, view, (day == null) ? query : query.merging(AsOf.PARAMETER, day.toString()));
	}

	static RouterLink link(String text, Class<? extends Component> view, QueryParameters query) {
		RouterLink link = new RouterLink(text, view);
		link.setQueryParameters(query);
		link.addClassName("drilldown");
		return link;
	}

}
