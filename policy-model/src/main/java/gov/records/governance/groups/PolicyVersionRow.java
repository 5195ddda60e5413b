package gov.records.governance.groups;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a group's deletion settings, with the interval it was in force: who
 * applied it ({@code changedBy}: the approver, for an approved change), who asked for it
 * ({@code requestedBy}) and who approved it (null when it needed no approval).
 */
public record PolicyVersionRow(long id, DeletionSettings settings, Instant validFrom, @Nullable Instant validTo,
		String changedBy, @Nullable String reason, String requestedBy, @Nullable String approvedBy) {

	public boolean current() {
		return this.validTo == null;
	}

}
