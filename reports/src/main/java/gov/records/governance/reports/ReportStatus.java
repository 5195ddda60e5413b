package gov.records.governance.reports;

/** Where a report is in its life; a DONE report never changes again. */
public enum ReportStatus {

	QUEUED, RUNNING, DONE, FAILED

}
