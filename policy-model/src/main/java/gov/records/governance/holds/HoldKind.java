package gov.records.governance.holds;

/** Why records are frozen. */
public enum HoldKind {

	LITIGATION, FOIA, AUDIT, INVESTIGATION

}
