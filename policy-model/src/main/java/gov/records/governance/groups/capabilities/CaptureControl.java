package gov.records.governance.groups.capabilities;

/** What the console's capture flag means on a platform. */
public enum CaptureControl {

	/**
	 * Pushed to the platform, but one switch for the whole network (Wickr's
	 * data-retention bot): turning it on for a group turns it on for all, turning it off
	 * leaves it on.
	 */
	NETWORK_WIDE,

	/**
	 * Recorded by the console only: capture runs outside the platform's admin API (a
	 * compliance export, a capture bot) and its reports confirm it.
	 */
	RECORDED,

	/** Not possible: nothing on the platform can capture messages for records. */
	NONE

}
