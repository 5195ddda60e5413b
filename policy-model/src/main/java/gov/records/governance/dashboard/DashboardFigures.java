package gov.records.governance.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the dashboard shows, counted at {@code asOf} within the user's scope:
 * {@code total} sums the components. {@code day} is the past day the figures stand as of
 * (then {@code asOf} is the end of that day, UTC), null for the present (DD080).
 */
public record DashboardFigures(Instant asOf, @Nullable LocalDate day, List<Scorecard> components, Scorecard total,
		List<PlatformFigures> platforms, long pendingApprovals, long activeHolds) {

	public DashboardFigures {
		components = List.copyOf(components);
		platforms = List.copyOf(platforms);
	}

	/** Whether the figures stand as of a past day rather than now. */
	public boolean past() {
		return this.day != null;
	}

}
