package gov.records.governance.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * Everything the dashboard shows, counted at {@code asOf} within the user's scope:
 * {@code total} sums the components.
 */
public record DashboardFigures(Instant asOf, List<Scorecard> components, Scorecard total,
		List<PlatformFigures> platforms, long pendingApprovals, long activeHolds) {

	public DashboardFigures {
		components = List.copyOf(components);
		platforms = List.copyOf(platforms);
	}

}
