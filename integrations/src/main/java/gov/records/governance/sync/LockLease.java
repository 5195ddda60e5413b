package gov.records.governance.sync;

import java.time.Duration;

/**
 * How long a database lock (table {@code shedlock}) is leased to its holder (DD054). A
 * running holder renews the lease every half lease, so a long pass keeps its lock; a
 * holder killed with its lock held stops renewing, and the lock is free again one lease
 * later at most, not after a worst-case run time: a restarted console pushes and syncs
 * within a lease of coming back.
 */
public final class LockLease {

	/** The lease: ShedLock's keep-alive needs at least 30 s. */
	public static final Duration LEASE = Duration.ofSeconds(30);

	private LockLease() {
	}

}
