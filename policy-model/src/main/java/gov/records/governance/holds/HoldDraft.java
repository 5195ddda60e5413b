package gov.records.governance.holds;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A hold as a records officer enters it: what, why, from when, and what it covers. */
public record HoldDraft(@Nullable HoldKind kind, String caseReference, String title, @Nullable String description,
		@Nullable Instant startedAt, Set<Long> accountIds, Set<Long> groupIds, Set<Long> organizationIds) {

	public HoldDraft {
		accountIds = Set.copyOf(accountIds);
		groupIds = Set.copyOf(groupIds);
		organizationIds = Set.copyOf(organizationIds);
	}

	public boolean hasScope() {
		return !this.accountIds.isEmpty() || !this.groupIds.isEmpty() || !this.organizationIds.isEmpty();
	}

}
