package gov.records.governance.compliance;

/**
 * The SQL condition for a finding open at a past moment, over a finding with the alias
 * given: first seen by then and not resolved by then. The Findings list, the reports'
 * evidence and the dashboard as of a date all count with it, so their numbers agree
 * (DD066, DD080). It takes the moment twice as parameters.
 */
public final class FindingConditions {

	private FindingConditions() {
	}

	/**
	 * Open at a moment: {@code first_seen <= ?} and not resolved by {@code ?} (the same
	 * moment both times).
	 */
	public static String openAt(String alias) {
		return alias + ".first_seen <= ? and (" + alias + ".resolved_at is null or " + alias + ".resolved_at > ?)";
	}

}
