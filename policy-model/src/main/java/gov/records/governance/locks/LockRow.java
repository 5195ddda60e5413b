package gov.records.governance.locks;

import gov.records.governance.shared.LockedRetention;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A retention lock: its target, the minimum retention it keeps, who locked it, when and
 * why, and (for an extended lock) the lock it replaced or the one that replaced it.
 */
public record LockRow(long id, LockTarget target, long targetId, String targetName, String minRetention,
		Instant lockedAt, String lockedBy, String reason, @Nullable Long replaces, @Nullable Instant replacedAt) {

	public LockedRetention retention() {
		return new LockedRetention(this.minRetention);
	}

	/** "Retention lock 3 (keep 7 years, locked by records on 2026-12-03)". */
	public String label() {
		return "Retention lock " + this.id + " on " + this.targetName + " (keep " + retention().label() + ", locked by "
				+ this.lockedBy + " on " + this.lockedAt.toString().substring(0, 10) + ")";
	}

}
