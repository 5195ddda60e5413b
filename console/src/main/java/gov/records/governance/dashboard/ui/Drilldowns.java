package gov.records.governance.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import gov.records.governance.compliance.FindingFilter;
import gov.records.governance.compliance.ui.FindingListView;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.ui.GroupListView;

/**
 * The dashboard's numbers as links to the filtered list behind each: real anchors (Tab
 * reaches them, Enter follows them, the address can be shared), built from the typed
 * filters of the two lists so no query is written by hand here (DD058).
 */
final class Drilldowns {

	private Drilldowns() {
	}

	static RouterLink findings(String text, FindingFilter filter) {
		return link(text, FindingListView.class, FindingListView.query(filter));
	}

	static RouterLink groups(String text, GroupFilter filter) {
		return link(text, GroupListView.class, GroupListView.query(filter));
	}

	static RouterLink link(String text, Class<? extends Component> view, QueryParameters query) {
		RouterLink link = new RouterLink(text, view);
		link.setQueryParameters(query);
		link.addClassName("drilldown");
		return link;
	}

}
