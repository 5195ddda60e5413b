package gov.records.governance.settings;

import gov.records.governance.groups.DeletionSettings;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change waiting for (or decided by) a records officer. */
public record ChangeRequestRow(long id, long groupId, String groupName, String organizationName,
		DeletionSettings current, DeletionSettings proposed, String reason, String requestedBy, Instant requestedAt,
		String status, @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionComment) {

	public boolean pending() {
		return "PENDING".equals(this.status);
	}

}
