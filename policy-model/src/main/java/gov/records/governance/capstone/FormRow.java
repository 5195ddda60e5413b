package gov.records.governance.capstone;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An imported NA-1005 form as the console keeps it: in force, or superseded by a later
 * form (kept in history).
 */
public record FormRow(long id, String number, String agency, @Nullable LocalDate received,
		@Nullable Integer totalAccounts, @Nullable String previousNumber, @Nullable String itemsProposed,
		@Nullable String scope, @Nullable LocalDate officerApproval, @Nullable LocalDate seniorApproval,
		@Nullable LocalDate archivistApproval, int positions, Instant importedAt, String importedBy,
		@Nullable String supersededBy, @Nullable Instant supersededAt) {

	public boolean inForce() {
		return this.supersededBy == null;
	}

	/** The date NARA approved the form, from which its four years run. */
	public @Nullable LocalDate approved() {
		return (this.archivistApproval != null) ? this.archivistApproval : this.received;
	}

}
