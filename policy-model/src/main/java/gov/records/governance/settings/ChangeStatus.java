package gov.records.governance.settings;

/** What happens to a proposed change. */
public enum ChangeStatus {

	/** Saved as a new policy version and queued for the backend. */
	APPLIED,
	/**
	 * Loosens retention where the schedules require more: waits for a records officer.
	 */
	PENDING_APPROVAL,
	/** Would open a critical finding: refused. */
	REFUSED

}
