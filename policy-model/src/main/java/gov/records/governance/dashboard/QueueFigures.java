package gov.records.governance.dashboard;

import gov.records.governance.groups.GroupFilter.Attention;
import java.util.List;
import java.util.Map;

/**
 * The administrator's queue (issue 14, build 2): how many groups in scope need attention
 * for each reason, and the administrator's own latest change requests.
 */
public record QueueFigures(Map<Attention, Long> groups, List<OwnRequest> ownRequests) {

	public QueueFigures {
		groups = Map.copyOf(groups);
		ownRequests = List.copyOf(ownRequests);
	}

}
