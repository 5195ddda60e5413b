package gov.records.governance.sync;

import gov.records.governance.backends.SyncResult;
import org.jspecify.annotations.Nullable;

/** How one sync attempt ended, in words for the person who pressed "Sync now". */
public record SyncOutcome(long platformId, String platformName, Status status, String message,
		@Nullable SyncResult result) {

	/** Synced, failed (the last good state stays), or skipped (nothing was tried). */
	public enum Status {

		SYNCED, FAILED, SKIPPED

	}

	static SyncOutcome skipped(long id, String name, String why) {
		return new SyncOutcome(id, name, Status.SKIPPED, why, null);
	}

}
