package gov.records.governance.settings;

import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.DeletionSettingsRow;
import gov.records.governance.groups.GroupService;
import gov.records.governance.platforms.PlatformKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox that carries applied changes to the backends (DD013): the rows due for a
 * push, their outcome (applied, retried later, failed), remediation pushes queued when a
 * backend drifts, and a group's pushes for its details view. Every outcome is audited.
 */
@Service
public class OutboxService {

	private static final String ITEM = """
			select o.id, g.id, g.name, g.external_id, p.id, p.kind, v.id, v.auto_delete, v.max_lifetime_seconds,
			       v.burn_on_read_seconds, v.shredder_intensity, v.capture_enabled, o.idempotency_token, o.attempts
			from outbox o
			join messaging_group g on g.id = o.group_id
			join platform p on p.id = g.platform_id
			join deletion_policy_version v on v.id = o.policy_version_id
			""";

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final GroupService groups;

	private final Clock clock;

	OutboxService(JdbcTemplate jdbc, AuditService audit, GroupService groups, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.groups = groups;
		this.clock = clock;
	}

	/** The pending pushes that are due, oldest first. */
	@Transactional(readOnly = true)
	public List<OutboxItem> due(int limit) {
		return this.jdbc.query(ITEM + " where o.status = 'PENDING' and o.next_attempt_at <= ? order by o.id"
				+ " fetch first " + Math.max(1, limit) + " rows only", OutboxService::item,
				Timestamp.from(this.clock.instant()));
	}

	/** Whether any pending push is due now (a read: no lock taken, nothing written). */
	@Transactional(readOnly = true)
	public boolean anyDue() {
		return !this.jdbc
			.queryForList("select o.id from outbox o where o.status = 'PENDING' and o.next_attempt_at <= ?"
					+ " fetch first 1 rows only", Long.class, Timestamp.from(this.clock.instant()))
			.isEmpty();
	}

	/** The backend confirmed the push: audited with the settings it reported. */
	@Transactional
	public void markApplied(OutboxItem item, DeletionSettings live, List<String> notes) {
		Instant now = this.clock.instant();
		this.jdbc.update("update outbox set status = 'APPLIED', attempts = ?, applied_at = ?, last_error = null"
				+ " where id = ? and status = 'PENDING'", item.attempts() + 1, Timestamp.from(now), item.id());
		this.audit.record(AuditEntry.of("settings.pushed", "group", item.groupId())
			.withAfter(Map.of("outbox", item.id(), "policyVersion", item.policyVersionId(), "live",
					SettingsWrites.state(live), "notes", notes)));
	}

	/** The push failed for now: tried again after {@code wait}. */
	@Transactional
	public void markRetry(OutboxItem item, Duration wait, String error) {
		Instant next = this.clock.instant().plus(wait);
		this.jdbc.update(
				"update outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ? and status = 'PENDING'",
				item.attempts() + 1, Timestamp.from(next), cut(error), item.id());
	}

	/**
	 * The push cannot succeed (the backend refused the settings, or every attempt
	 * failed): marked failed, visible on the group, audited.
	 */
	@Transactional
	public void markFailed(OutboxItem item, String error) {
		this.jdbc.update("update outbox set status = 'FAILED', attempts = ?, last_error = ? where id = ?"
				+ " and status = 'PENDING'", item.attempts() + 1, cut(error), item.id());
		this.audit.record(AuditEntry.of("settings.push.failed", "group", item.groupId())
			.withAfter(Map.of("outbox", item.id(), "policyVersion", item.policyVersionId(), "attempts",
					item.attempts() + 1))
			.withReason(cut(error)));
	}

	/**
	 * Queues a push of the group's governed settings back to a backend that drifted from
	 * them, unless one is already on its way; audited with both values.
	 * @return whether a push was queued
	 */
	@Transactional
	public boolean queueRemediation(long groupId, long policyVersionId, DeletionSettings governed,
			DeletionSettings live, String why) {
		Instant now = this.clock.instant();
		int rows = this.jdbc.update("""
				insert into outbox (group_id, policy_version_id, idempotency_token, status, attempts, next_attempt_at,
				                    created_at)
				select cast(? as bigint), cast(? as bigint), ?, 'PENDING', 0, ?, ?
				where not exists (select 1 from outbox where group_id = ? and status = 'PENDING')
				""", groupId, policyVersionId, UUID.randomUUID().toString(), Timestamp.from(now), Timestamp.from(now),
				groupId);
		if (rows > 0) {
			this.audit.record(AuditEntry.of("settings.drift.remediation-queued", "group", groupId)
				.withBefore(SettingsWrites.state(live))
				.withAfter(SettingsWrites.state(governed))
				.withReason(why));
		}
		return rows > 0;
	}

	/** The group's pushes, newest first; empty if the group is not visible. */
	@Transactional(readOnly = true)
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<OutboxEntryRow> forGroup(long groupId, int limit) {
		if (this.groups.details(groupId).isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("""
				select id, policy_version_id, status, attempts, created_at, next_attempt_at, applied_at, last_error
				from outbox where group_id = ? order by id desc fetch first %d rows only
				""".formatted(Math.max(1, limit)),
				(ResultSet rs, int n) -> new OutboxEntryRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
						rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7)),
						rs.getString(8)),
				groupId);
	}

	/**
	 * How many pushes are pending and failed, department-wide (for the Platforms view).
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		this.jdbc.query("select status, count(*) from outbox group by status", (ResultSet rs) -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	/**
	 * The pushes still waiting, department-wide, and when the oldest of them was queued
	 * (for the console's metrics).
	 */
	@Transactional(readOnly = true)
	public OutboxBacklog backlog() {
		return this.jdbc.queryForObject("select count(*), min(created_at) from outbox where status = 'PENDING'",
				(rs, row) -> {
					java.sql.Timestamp oldest = rs.getTimestamp(2);
					return new OutboxBacklog(rs.getLong(1), (oldest != null) ? oldest.toInstant() : null);
				});
	}

	private static OutboxItem item(ResultSet rs, int row) throws SQLException {
		DeletionSettings settings = DeletionSettingsRow.read(rs, 8);
		return new OutboxItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				PlatformKind.valueOf(rs.getString(6)), rs.getLong(7), settings, rs.getString(13), rs.getInt(14));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	private static String cut(String text) {
		return (text.length() <= 2000) ? text : text.substring(0, 1999) + "\u2026";
	}

}
