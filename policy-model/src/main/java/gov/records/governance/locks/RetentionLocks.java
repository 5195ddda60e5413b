package gov.records.governance.locks;

import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.shared.RetentionLockedException;
import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The checks other features run before a write that could shorten or remove a locked
 * requirement (schedule assignments and items); each refusal is audited in the caller's
 * transaction, which must not roll back on {@link RetentionLockedException}.
 */
@Component
public class RetentionLocks {

	private final LockStore store;

	private final AuditService audit;

	RetentionLocks(LockStore store, AuditService audit) {
		this.store = store;
		this.audit = audit;
	}

	/** Refuses removing a locked schedule assignment. */
	public void refuseRemoval(long assignmentId) {
		Optional<LockRow> lock = this.store.inForce(LockTarget.ASSIGNMENT, assignmentId);
		if (lock.isPresent()) {
			throw refused("schedule_assignment", String.valueOf(assignmentId), "remove the assignment", lock.get());
		}
	}

	/**
	 * Refuses an edit of a schedule item that ends it, or keeps messages for less than a
	 * lock on one of its assignments requires.
	 */
	public void refuseLoosening(long itemId, String item, @Nullable String disposition, @Nullable String minRetention,
			boolean ends) {
		double proposed = gov.records.governance.shared.LockedRetention.daysOf(disposition, minRetention);
		for (LockRow lock : this.store.onItem(itemId)) {
			if (ends) {
				throw refused("schedule_item", String.valueOf(itemId), "end " + item, lock);
			}
			if (proposed < lock.retention().days()) {
				throw refused("schedule_item", String.valueOf(itemId), "shorten the retention of " + item, lock);
			}
		}
	}

	RetentionLockedException refused(String type, String id, String attempted, LockRow lock) {
		this.audit.record(AuditEntry.of("retention.lock.refused", type, id)
			.withAfter(Map.of("rule", "RETENTION_LOCK", "lock", lock.id(), "attempted", attempted)));
		return new RetentionLockedException(
				"Refused: " + lock.label() + " forbids this: it would " + attempted
						+ ". A locked requirement can be extended, never shortened or removed, by anyone.",
				List.of(lock.id()));
	}

}
