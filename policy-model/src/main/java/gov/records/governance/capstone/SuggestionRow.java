package gov.records.governance.capstone;

/**
 * A suggested match waiting for a records officer: an account whose position title may
 * mean a form's position, and why it was suggested.
 */
public record SuggestionRow(long id, long accountId, String accountName, String accountTitle, long positionId,
		String positionTitle, int category, String formNumber, String why) {

}
