package gov.records.governance.groups;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version of a group's deletion settings, with the interval it was in force. */
public record PolicyVersionRow(long id, DeletionSettings settings, Instant validFrom, @Nullable Instant validTo,
		String changedBy, @Nullable String reason, @Nullable String approvedBy) {

	public boolean current() {
		return this.validTo == null;
	}

}
