package gov.records.governance.connectors.mattermost;

import gov.records.governance.groups.DeletionSettings;
import java.time.Duration;
import java.util.Map;

/**
 * A custom data retention policy with its members, keyed {@code team:<id>} and
 * {@code channel:<id>} to their display names. {@code postDuration} is in days; below 0
 * keeps posts forever.
 */
record Policy(String id, String displayName, long postDuration, Map<String, String> members) {

	static DeletionSettings settings(long postDurationDays) {
		boolean deletes = postDurationDays >= 0;
		return new DeletionSettings(deletes, deletes ? Duration.ofDays(postDurationDays) : null, null, 0, false);
	}

}
