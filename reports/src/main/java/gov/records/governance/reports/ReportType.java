package gov.records.governance.reports;

/** The oversight reports the console produces. */
public enum ReportType {

	/**
	 * For the CIO: per component and platform, accounts, groups, coverage, findings,
	 * trend.
	 */
	DEPLOYMENT_STATUS("Deployment status", false),
	/**
	 * For the National Archives: schedules, assignments, every group's policy, holds,
	 * findings, changes.
	 */
	RECORDS_COMPLIANCE("Records compliance evidence", true),
	/**
	 * 36 CFR 1230.14: the five elements for one finding, signed off by a records officer.
	 */
	UNAUTHORIZED_DISPOSITION("Unauthorized disposition report (36 CFR 1230.14)", false),
	/**
	 * For an inspector general's recommendation: coverage over time, compliance per
	 * group, changes.
	 */
	REMEDIATION("Remediation evidence", true),
	/** The audit log for a period, with the chain verification result. */
	AUDIT_EXTRACT("Audit extract", true);

	private final String title;

	private final boolean period;

	ReportType(String title, boolean period) {
		this.title = title;
		this.period = period;
	}

	public String title() {
		return this.title;
	}

	/** Whether the report covers a period (from .. as of) rather than a moment. */
	public boolean coversPeriod() {
		return this.period;
	}

}
