package gov.records.governance.schedules;

/** Where a schedule comes from. */
public enum ScheduleKind {

	/** NARA's General Records Schedules, common to every agency. */
	GRS,
	/** The agency's own schedule, approved by NARA. */
	AGENCY

}
