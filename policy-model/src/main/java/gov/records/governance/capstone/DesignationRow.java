package gov.records.governance.capstone;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One account's Capstone designation: the form and position that are its authority, how
 * it was matched (exactly, or a suggestion a records officer confirmed), by whom and
 * when, and when a later designation ended it.
 */
public record DesignationRow(long id, long accountId, String accountName, @Nullable String accountTitle,
		String formNumber, int category, String positionTitle, MatchKind kind, String designatedBy,
		Instant designatedAt, @Nullable Instant endedAt) {

	/** How an account's title was matched to the position. */
	public enum MatchKind {

		EXACT, CONFIRMED

	}

	/** "Capstone category 3 by NA-1005 form GRS 6.1-0428-2017-0001 (position ...)". */
	public String authority() {
		return "Capstone category " + this.category + " by NA-1005 form " + this.formNumber + " (position \""
				+ this.positionTitle + "\", "
				+ ((this.kind == MatchKind.EXACT) ? "exact match" : "match confirmed by " + this.designatedBy) + ")";
	}

}
