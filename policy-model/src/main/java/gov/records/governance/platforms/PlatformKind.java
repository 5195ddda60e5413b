package gov.records.governance.platforms;

/** The kind of messaging backend a platform is. */
public enum PlatformKind {

	WICKR("Wickr"), MATTERMOST("Mattermost"), MATRIX("Matrix"), SLACK("Slack"), OTHER("Other");

	private final String label;

	PlatformKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
