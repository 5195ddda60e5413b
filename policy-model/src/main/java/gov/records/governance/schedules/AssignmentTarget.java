package gov.records.governance.schedules;

/** What a schedule item is assigned to. */
public enum AssignmentTarget {

	GROUP, ORGANIZATION, ROLE_CATEGORY

}
