package gov.records.governance.backends;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.PlatformControls.Difference;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A governed group as its backend last reported it: the live settings, since when they
 * have been so, when the platform was last synced successfully, and where they differ
 * from the governed settings in what the platform holds.
 */
public record LiveGroupState(long groupId, DeletionSettings live, DeletionSettings governed, Instant since,
		@Nullable Instant checkedAt, @Nullable Long activeAccounts, List<Difference> differences) {

	public LiveGroupState {
		differences = List.copyOf(differences);
	}

	public boolean inStep() {
		return this.differences.isEmpty();
	}

}
