package gov.records.governance.compliance;

import gov.records.governance.schedules.Disposition;
import org.jspecify.annotations.Nullable;

/**
 * A schedule item as the effective policy cites it: "GRS 6.1 item 011
 * (DAA-GRS-2014-0001-0002)".
 */
public record ScheduleItemRef(long id, String scheduleCode, String itemNumber, String title, Disposition disposition,
		@Nullable String minRetention, @Nullable String authority) {

	public Requirement requirement() {
		return Requirement.of(this.disposition, this.minRetention);
	}

	public String label() {
		return this.scheduleCode + " item " + this.itemNumber + " (" + this.title + ")";
	}

}
