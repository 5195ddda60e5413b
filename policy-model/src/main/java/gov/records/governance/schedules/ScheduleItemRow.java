package gov.records.governance.schedules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A schedule item as the Schedules view and the exports show it. */
public record ScheduleItemRow(long id, long version, String scheduleCode, String scheduleTitle,
		ScheduleKind scheduleKind, String itemNumber, @Nullable String authority, String title, Disposition disposition,
		@Nullable String minRetention, @Nullable String cutoffRule, @Nullable String scopeText, LocalDate effectiveFrom,
		@Nullable LocalDate effectiveTo, @Nullable String supersededBy, boolean verifyAgainstNara, int assignments) {

	/** "GRS 6.1 / 011": how people name an item. */
	public String reference() {
		return this.scheduleCode + " / " + this.itemNumber;
	}

}
