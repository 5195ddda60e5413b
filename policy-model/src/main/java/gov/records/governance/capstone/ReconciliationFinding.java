package gov.records.governance.capstone;

/**
 * One reconciliation finding between the forms in force and the accounts found: which
 * rule, how severe, what it is about (a form, a position or an account) and what was
 * found.
 */
public record ReconciliationFinding(Rule rule, String subject, String finding) {

	/** The reconciliation rules (issue 16, build 3), with their severity. */
	public enum Rule {

		/**
		 * Per designated position: the form's number of accounts against the accounts
		 * found, per platform.
		 */
		POSITION_COUNT("INFO"),
		/** A designated position with no account found on any platform. */
		POSITION_WITHOUT_ACCOUNT("MEDIUM"),
		/** More accounts designated from a position than the form allows. */
		POSITION_OVER_FORM("HIGH"),
		/** A Capstone account on a platform not sanctioned for official business. */
		CAPSTONE_ON_UNSANCTIONED_PLATFORM("HIGH"),
		/** A Capstone account in an auto-deleting group without capture. */
		CAPSTONE_AUTO_DELETE_NO_CAPTURE("CRITICAL"),
		/** A form within 90 days of its four-year renewal. */
		FORM_RENEWAL_DUE("MEDIUM"),
		/** A form past its four-year renewal. */
		FORM_RENEWAL_OVERDUE("HIGH");

		private final String severity;

		Rule(String severity) {
			this.severity = severity;
		}

		public String severity() {
			return this.severity;
		}

	}

}
