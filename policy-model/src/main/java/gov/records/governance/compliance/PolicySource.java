package gov.records.governance.compliance;

/**
 * One input to a group's effective policy and whether it decided the result. Kinds in
 * order of precedence: a hold beats every schedule; a group's own assignment beats its
 * organization's; the nearest organization beats its ancestors; role categories of the
 * group's accounts apply only when nothing more specific is assigned.
 */
public record PolicySource(Kind kind, String label, Requirement requirement, boolean decisive) {

	/** Where an input comes from. */
	public enum Kind {

		HOLD, GROUP_ASSIGNMENT, ORGANIZATION_ASSIGNMENT, ROLE_CATEGORY, NONE, LOCK

	}

}
