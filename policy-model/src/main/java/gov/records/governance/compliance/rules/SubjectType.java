package gov.records.governance.compliance.rules;

/** What a finding is about. */
public enum SubjectType {

	GROUP, ACCOUNT

}
