package gov.records.governance.dashboard;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the current user's change requests, with its group and where it stands. */
public record OwnRequest(long id, long groupId, String groupName, String status, Instant requestedAt,
		@Nullable String decidedBy, @Nullable Instant decidedAt) {
}
