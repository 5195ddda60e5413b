package gov.records.governance.locks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Retention locks as stored; rows are only ever added or marked replaced. */
@Component
class LockStore {

	private static final String SELECT = """
			select l.id, l.target_kind, coalesce(l.group_id, l.assignment_id),
			       coalesce(g.name, 'assignment ' || cast(l.assignment_id as varchar(20)) || ' of ' || s.code || ' / ' || i.item_number),
			       l.min_retention, l.locked_at, l.locked_by, l.reason, l.replaces_id, l.replaced_at
			from retention_lock l
			left join messaging_group g on g.id = l.group_id
			left join schedule_assignment a on a.id = l.assignment_id
			left join schedule_item i on i.id = a.schedule_item_id
			left join records_schedule s on s.id = i.schedule_id
			""";

	private final JdbcClient jdbc;

	LockStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(LockTarget target, long targetId, String minRetention, Instant at, String by, String reason,
			@Nullable Long replaces) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into retention_lock (target_kind, group_id, assignment_id, min_retention, locked_at, locked_by,
				    reason, replaces_id) values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(target.name(), (target == LockTarget.GROUP) ? targetId : null,
					(target == LockTarget.ASSIGNMENT) ? targetId : null, minRetention, Timestamp.from(at), by, reason,
					replaces)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		if (replaces != null) {
			this.jdbc.sql("update retention_lock set replaced_at = ? where id = ?")
				.params(Timestamp.from(at), replaces)
				.update();
		}
		return id;
	}

	Optional<LockRow> find(long id) {
		return this.jdbc.sql(SELECT + " where l.id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	/** The lock in force on a target, if any. */
	Optional<LockRow> inForce(LockTarget target, long targetId) {
		String column = (target == LockTarget.GROUP) ? "l.group_id" : "l.assignment_id";
		return this.jdbc.sql(SELECT + " where " + column + " = ? and l.replaced_at is null")
			.param(targetId)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** Locks in force on the assignments of one schedule item. */
	List<LockRow> onItem(long itemId) {
		return this.jdbc.sql(SELECT + " where a.schedule_item_id = ? and l.replaced_at is null order by l.id")
			.param(itemId)
			.query((rs, n) -> row(rs))
			.list();
	}

	List<LockRow> inForce() {
		return this.jdbc.sql(SELECT + " where l.replaced_at is null order by l.locked_at, l.id")
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * Ids of the locks in force whose target lies outside the given organizations: a
	 * group's organization, or the organization or group an assignment names. A lock on a
	 * role-category assignment names no organization and is never outside.
	 */
	Set<Long> inForceOutside(Set<Long> organizations) {
		return this.jdbc.sql("""
				select l.id, coalesce(g.organization_id, a.organization_id, ag.organization_id)
				from retention_lock l
				left join messaging_group g on g.id = l.group_id
				left join schedule_assignment a on a.id = l.assignment_id
				left join messaging_group ag on ag.id = a.group_id
				where l.replaced_at is null
				""").query((rs, n) -> {
			long organization = rs.getLong(2);
			return (!rs.wasNull() && !organizations.contains(organization)) ? rs.getLong(1) : -1L;
		}).list().stream().filter((id) -> id >= 0).collect(Collectors.toUnmodifiableSet());
	}

	List<LockRow> asOf(Instant at) {
		Timestamp t = Timestamp.from(at);
		return this.jdbc.sql(SELECT
				+ " where l.locked_at <= ? and (l.replaced_at is null or l.replaced_at > ?) order by l.locked_at, l.id")
			.params(t, t)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** Ids of every lock the audit log says was placed. */
	List<Long> promised() {
		return this.jdbc.sql("select target_id from audit_event where action = 'retention.locked'")
			.query((rs, n) -> Long.parseLong(rs.getString(1)))
			.list();
	}

	List<Long> stored() {
		return this.jdbc.sql("select id from retention_lock").query(Long.class).list();
	}

	private static LockRow row(ResultSet rs) throws SQLException {
		Timestamp replaced = rs.getTimestamp(10);
		return new LockRow(rs.getLong(1), LockTarget.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
				rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
				rs.getObject(9, Long.class), (replaced != null) ? replaced.toInstant() : null);
	}

}
