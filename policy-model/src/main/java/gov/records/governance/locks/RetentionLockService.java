package gov.records.governance.locks;

import gov.records.governance.access.AccessService;
import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.groups.GroupDetails;
import gov.records.governance.groups.GroupService;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.shared.LockedRetention;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.RetentionLockedException;
import gov.records.governance.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing and extending retention locks (records officers) and reading them (every role).
 * There is no way to lift or shorten one here: {@link #remove} and a shorter
 * {@link #lockGroup} are refused and audited (DD052).
 */
@Service
@Transactional(readOnly = true)
public class RetentionLockService {

	private static final String OFFICER = "hasRole('RECORDS_OFFICER')";

	private final LockStore store;

	private final RetentionLocks locks;

	private final GroupService groups;

	private final AuditService audit;

	private final AccessService access;

	private final OrganizationService organizations;

	private final JdbcClient jdbc;

	private final Clock clock;

	RetentionLockService(LockStore store, RetentionLocks locks, GroupService groups, AuditService audit,
			AccessService access, JdbcClient jdbc, Clock clock, OrganizationService organizations) {
		this.organizations = organizations;
		this.store = store;
		this.locks = locks;
		this.groups = groups;
		this.audit = audit;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Locks a group's minimum retention, or extends its lock. Refused when the group's
	 * settings already delete sooner, or when the group's lock keeps longer (a lock is
	 * never shortened).
	 */
	@Transactional(noRollbackFor = RetentionLockedException.class)
	@PreAuthorize(OFFICER)
	public LockRow lockGroup(long groupId, String minRetention, String reason) {
		GroupDetails group = this.groups.details(groupId)
			.orElseThrow(() -> new ValidationException("No such group " + groupId));
		LockedRetention wanted = retention(minRetention, reason);
		if (group.group().settings().autoDelete()
				&& !wanted.permitsDeletionAfter(group.group().settings().maxLifetime())) {
			throw new ValidationException(List.of(new Problem(0, "minRetention",
					group.group().name() + " deletes messages after " + group.group().settings().lifetimeText()
							+ ", sooner than the lock would require: make its settings stricter first")));
		}
		return place(LockTarget.GROUP, groupId, wanted, reason);
	}

	/**
	 * Locks a schedule assignment at its item's current requirement: the assignment is
	 * not removed and its item not ended or shortened while the lock stands.
	 */
	@Transactional
	@PreAuthorize(OFFICER)
	public LockRow lockAssignment(long assignmentId, String reason) {
		retention(LockedRetention.PERMANENT, reason);
		LockedRetention retention = this.jdbc.sql("""
				select i.disposition, i.min_retention from schedule_assignment a
				join schedule_item i on i.id = a.schedule_item_id where a.id = ?
				""")
			.param(assignmentId)
			.query((rs, n) -> "PERMANENT".equals(rs.getString(1)) ? new LockedRetention(LockedRetention.PERMANENT)
					: (rs.getString(2) != null && !rs.getString(2).isBlank()) ? LockedRetention.parse(rs.getString(2))
							: null)
			.optional()
			.orElseThrow(() -> new ValidationException("No such schedule assignment " + assignmentId));
		if (this.store.inForce(LockTarget.ASSIGNMENT, assignmentId).isPresent()) {
			throw new ValidationException("Schedule assignment " + assignmentId + " is already locked.");
		}
		if (retention == null) {
			throw new ValidationException("The assigned item sets no minimum retention: there is nothing to lock.");
		}
		return place(LockTarget.ASSIGNMENT, assignmentId, retention, reason);
	}

	/**
	 * Always refused: a retention lock cannot be lifted in the console. The attempt is
	 * audited.
	 */
	@Transactional(noRollbackFor = RetentionLockedException.class)
	@PreAuthorize(AppRoles.ANY_ROLE)
	public void remove(long lockId) {
		LockRow lock = this.store.find(lockId)
			.orElseThrow(() -> new ValidationException("No such retention lock " + lockId));
		throw this.locks.refused("retention_lock", String.valueOf(lockId), "remove the lock", lock);
	}

	/**
	 * The locks in force on what the caller may see: a lock on another component's group
	 * or assignment is not named to a component administrator.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	@Transactional(readOnly = true)
	public List<LockRow> locks() {
		Set<Long> outside = this.store.inForceOutside(this.organizations.currentScope().organizationIds());
		return this.store.inForce().stream().filter((lock) -> !outside.contains(lock.id())).toList();
	}

	/** The locks in force at an instant (for reports as of a date). */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<LockRow> locksAsOf(Instant at) {
		return this.store.asOf(at);
	}

	/**
	 * Locks the audit log says were placed but that are no longer stored: the trace of
	 * the database procedure that lifts a lock outside the console, a broken promise.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<Long> brokenPromises() {
		Set<Long> stored = new HashSet<>(this.store.stored());
		return this.store.promised().stream().filter((id) -> !stored.contains(id)).sorted().toList();
	}

	private LockRow place(LockTarget target, long targetId, LockedRetention wanted, String reason) {
		String text = wanted.text();
		LockRow current = this.store.inForce(target, targetId).orElse(null);
		if (current != null) {
			int order = Double.compare(wanted.days(), current.retention().days());
			if (order < 0) {
				throw this.locks.refused(target.name().toLowerCase(java.util.Locale.ROOT), String.valueOf(targetId),
						"shorten the lock to " + wanted.label(), current);
			}
			if (order == 0) {
				return current;
			}
		}
		String me = this.access.currentUsername().orElse("system");
		long id = this.store.insert(target, targetId, text, this.clock.instant(), me, reason.strip(),
				(current != null) ? current.id() : null);
		LockRow lock = this.store.find(id).orElseThrow();
		Map<String, Object> after = new java.util.TreeMap<>();
		after.put("target", target.name());
		after.put("targetId", targetId);
		after.put("minRetention", text);
		if (current != null) {
			after.put("extends", current.id());
		}
		this.audit.record(
				AuditEntry.of("retention.locked", "retention_lock", id).withAfter(after).withReason(reason.strip()));
		return lock;
	}

	private static LockedRetention retention(@Nullable String minRetention, @Nullable String reason) {
		List<Problem> problems = new ArrayList<>();
		LockedRetention text = null;
		try {
			text = LockedRetention.parse(minRetention);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(0, "minRetention", String.valueOf(ex.getMessage())));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new Problem(0, "reason", "required: say why the requirement is locked"));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return java.util.Objects.requireNonNull(text);
	}

}
