package gov.records.governance.holds;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A legal hold with its scope in words and its history. */
public record HoldRow(long id, long version, HoldKind kind, String caseReference, String title,
		@Nullable String description, Instant startedAt, @Nullable Instant releasedAt, @Nullable String releaseReason,
		String placedBy, @Nullable String releasedBy, List<String> scope, boolean active) {
}
