package gov.records.governance.schedules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A schedule item as entered or imported, before validation. {@code id} and
 * {@code version} are set when editing an existing item (the version guards against a
 * concurrent edit); {@code supersededBy} names another item as "schedule code / item
 * number".
 */
public record ScheduleItemDraft(@Nullable Long id, long version, String scheduleCode, String scheduleTitle,
		ScheduleKind scheduleKind, String itemNumber, @Nullable String authority, String title,
		@Nullable Disposition disposition, @Nullable String minRetention, @Nullable String cutoffRule,
		@Nullable String scopeText, @Nullable LocalDate effectiveFrom, @Nullable LocalDate effectiveTo,
		@Nullable String supersededBy, boolean verifyAgainstNara) {

	public String reference() {
		return this.scheduleCode.strip() + " / " + this.itemNumber.strip();
	}

	public static ScheduleItemDraft from(ScheduleItemRow row) {
		return new ScheduleItemDraft(row.id(), row.version(), row.scheduleCode(), row.scheduleTitle(),
				row.scheduleKind(), row.itemNumber(), row.authority(), row.title(), row.disposition(),
				row.minRetention(), row.cutoffRule(), row.scopeText(), row.effectiveFrom(), row.effectiveTo(),
				row.supersededBy(), row.verifyAgainstNara());
	}

}
