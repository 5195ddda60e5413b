package gov.records.governance.holds;

/** What a hold's scope entry covers. */
public enum HoldScopeKind {

	ACCOUNT, GROUP, ORGANIZATION

}
