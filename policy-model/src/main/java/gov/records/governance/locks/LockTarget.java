package gov.records.governance.locks;

/** What a retention lock holds: a group's minimum retention or a schedule assignment. */
public enum LockTarget {

	GROUP, ASSIGNMENT

}
