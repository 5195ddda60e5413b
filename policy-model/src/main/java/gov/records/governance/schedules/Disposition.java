package gov.records.governance.schedules;

/** What happens to records when their retention ends. */
public enum Disposition {

	/** Transferred to the National Archives; never destroyed. */
	PERMANENT,
	/** Destroyed once the minimum retention has passed. */
	TEMPORARY

}
