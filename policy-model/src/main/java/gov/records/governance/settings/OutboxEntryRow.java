package gov.records.governance.settings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A push of one policy version to the backend, as the group's details show it. */
public record OutboxEntryRow(long id, long policyVersionId, String status, int attempts, Instant createdAt,
		Instant nextAttemptAt, @Nullable Instant appliedAt, @Nullable String lastError) {

	public boolean pending() {
		return "PENDING".equals(this.status);
	}

}
