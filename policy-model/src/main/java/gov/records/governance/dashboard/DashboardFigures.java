package gov.records.governance.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the dashboard shows, counted at {@code asOf} within the user's scope:
 * {@code total} sums the components. {@code day} is the past day the figures stand as of
 * (then {@code asOf} is the end of that day, UTC), null for the present (DD080).
 * {@code findingsFrom} and {@code settingsFrom} are the earliest findings and deletion
 * settings the console holds (null when it holds none): a past day before them has
 * figures the history cannot give.
 */
public record DashboardFigures(Instant asOf, @Nullable LocalDate day, List<Scorecard> components, Scorecard total,
		List<PlatformFigures> platforms, long pendingApprovals, long activeHolds, @Nullable Instant findingsFrom,
		@Nullable Instant settingsFrom) {

	public DashboardFigures {
		components = List.copyOf(components);
		platforms = List.copyOf(platforms);
	}

	/** Whether the figures stand as of a past day rather than now. */
	public boolean past() {
		return this.day != null;
	}

	/**
	 * Whether the findings figures (critical, high, drift, unsanctioned-app accounts,
	 * compliance) can be known: always for the present; for a past day, if the console
	 * held findings by then (a day before its first check has none to count).
	 */
	public boolean findingsKnown() {
		return !past() || (this.findingsFrom != null && !this.asOf.isBefore(this.findingsFrom));
	}

	/**
	 * Whether the groups' settings (groups, auto-delete without capture, capture
	 * coverage) can be known: always for the present; for a past day, if the kept history
	 * of settings reaches back to it.
	 */
	public boolean settingsKnown() {
		return !past() || (this.settingsFrom != null && !this.asOf.isBefore(this.settingsFrom));
	}

}
