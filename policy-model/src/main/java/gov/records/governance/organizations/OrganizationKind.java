package gov.records.governance.organizations;

/** The level of an organization in the department tree. */
public enum OrganizationKind {

	DEPARTMENT, COMPONENT, OFFICE

}
