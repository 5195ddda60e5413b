package gov.records.governance.groups;

/** Whether an account is in use on its platform. */
public enum AccountStatus {

	ACTIVE, PENDING, SUSPENDED

}
