package gov.records.governance.backends;

import java.time.Duration;
import java.util.Set;

/**
 * What one sync stored: groups seen, rows inserted, updated and removed, backend groups
 * the console does not govern, the governed groups whose live state changed, and how long
 * it took.
 */
public record SyncResult(int seen, int inserted, int updated, int removed, int unmatched, Set<Long> changedGroupIds,
		Duration took) {

	public SyncResult {
		changedGroupIds = Set.copyOf(changedGroupIds);
	}

}
