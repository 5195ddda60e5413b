package gov.records.governance.shared;

import java.util.List;

/**
 * A write a retention lock refuses: shortening or removing what a records officer locked.
 * No role, approval or path lifts a lock.
 */
public class RetentionLockedException extends ValidationException {

	private final List<Long> locks;

	public RetentionLockedException(String reason, List<Long> locks) {
		super(reason);
		this.locks = List.copyOf(locks);
	}

	public List<Long> locks() {
		return this.locks;
	}

}
