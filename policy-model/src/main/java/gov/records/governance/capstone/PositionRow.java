package gov.records.governance.capstone;

import org.jspecify.annotations.Nullable;

/** A position of an imported form, with the form it belongs to. */
public record PositionRow(long id, long formId, String formNumber, int category, String title, String normalizedTitle,
		@Nullable Integer accounts) {

}
