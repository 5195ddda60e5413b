package gov.records.governance.backends;

import java.time.Duration;
import java.util.Set;

/**
 * What one sync stored: groups seen, rows inserted, updated and removed, backend groups
 * the console does not govern, the governed groups whose live state changed, whether the
 * platform's capture changed (on, off, or visible at all), and how long it took.
 */
public record SyncResult(int seen, int inserted, int updated, int removed, int unmatched, Set<Long> changedGroupIds,
		boolean captureChanged, Duration took) {

	public SyncResult {
		changedGroupIds = Set.copyOf(changedGroupIds);
	}

	SyncResult withCaptureChanged(boolean changed) {
		return new SyncResult(this.seen, this.inserted, this.updated, this.removed, this.unmatched,
				this.changedGroupIds, changed, this.took);
	}

}
