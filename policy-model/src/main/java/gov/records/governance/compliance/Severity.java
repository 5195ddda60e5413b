package gov.records.governance.compliance;

/** How serious a finding is; critical findings block a settings change outright. */
public enum Severity {

	CRITICAL, HIGH, MEDIUM, LOW;

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
	}

}
