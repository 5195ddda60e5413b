package gov.records.governance.access;

/**
 * The console's roles, in one place. Spring Security sees them with the {@code ROLE_}
 * prefix; use these constants in {@code @RolesAllowed} and {@code hasAnyRole(...)}.
 */
public final class AppRoles {

	/** Reads everything in scope: dashboard, platforms, groups, findings, reports. */
	public static final String CIO = "CIO";

	/**
	 * Changes deletion settings of groups in its organizations, within guardrails; syncs
	 * platforms.
	 */
	public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

	/**
	 * Keeps schedules, assigns them, places and releases holds, approves loosening
	 * changes.
	 */
	public static final String RECORDS_OFFICER = "RECORDS_OFFICER";

	/** Read-only oversight: findings, audit log, settings history; generates reports. */
	public static final String INSPECTOR = "INSPECTOR";

	/**
	 * A capture bot's service account: may only report capture health (received, saved,
	 * failed) over the API. Not a console user.
	 */
	public static final String CAPTURE_BOT = "CAPTURE_BOT";

	/** Every role, for views and services that all of them may read. */
	public static final String[] ALL = { CIO, PLATFORM_ADMIN, RECORDS_OFFICER, INSPECTOR };

	/** A {@code @PreAuthorize} expression admitting every console role. */
	public static final String ANY_ROLE = "hasAnyRole('CIO','PLATFORM_ADMIN','RECORDS_OFFICER','INSPECTOR')";

	private AppRoles() {
	}

}
