package gov.records.governance.backends;

/** How a platform's sync stands, as the Platforms view shows it. */
public enum SyncStatus {

	/** The last attempt succeeded, recently enough. */
	OK("In sync"),
	/** The last attempt failed; the last good state is still recent. */
	DEGRADED("Last attempt failed"),
	/** The last good state is older than twice the sync interval. */
	STALE("Stale"),
	/** Never synced successfully. */
	NEVER("Never synced"),
	/** No connector: known from inventories only. */
	NOT_CONNECTED("Not connected");

	private final String label;

	SyncStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
