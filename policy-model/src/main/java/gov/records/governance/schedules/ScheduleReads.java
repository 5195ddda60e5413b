package gov.records.governance.schedules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import gov.records.governance.organizations.OrganizationScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The schedule items read model: items with their schedule, successor and assignment
 * count.
 */
@Component
class ScheduleReads {

	/**
	 * Every column a {@link ScheduleItemRow} needs; the successor's reference ("GRS 6.1 /
	 * 011") comes from its own row, joined.
	 */
	private static final String ITEMS = """
			select i.id, i.version, s.code, s.title, s.kind, i.item_number, i.authority, i.title, i.disposition,
			       i.min_retention, i.cutoff_rule, i.scope_text, i.effective_from, i.effective_to, ss.code,
			       i.verify_against_nara,
			       (select count(*) from schedule_assignment a where a.schedule_item_id = i.id) as assignments,
			       si.item_number
			from schedule_item i join records_schedule s on s.id = i.schedule_id
			left join schedule_item si on si.id = i.superseded_by_id
			left join records_schedule ss on ss.id = si.schedule_id
			""";

	private final JdbcClient jdbc;

	ScheduleReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ScheduleItemRow> items() {
		return this.jdbc.sql(ITEMS + "order by s.code, i.item_number").query(ScheduleReads::item).list();
	}

	/**
	 * The one item by id, read by its key (items are not scoped: every role reads all).
	 */
	Optional<ScheduleItemRow> item(long id) {
		return this.jdbc.sql(ITEMS + "where i.id = ?").param(id).query(ScheduleReads::item).optional();
	}

	private static ScheduleItemRow item(ResultSet rs, int n) throws SQLException {
		String successorCode = rs.getString(15);
		String supersededBy = (successorCode == null) ? null : successorCode + " / " + rs.getString(18);
		return new ScheduleItemRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				ScheduleKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
				Disposition.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getString(12),
				rs.getObject(13, java.time.LocalDate.class), rs.getObject(14, java.time.LocalDate.class), supersededBy,
				rs.getBoolean(16), rs.getInt(17));
	}

	/**
	 * The items assigned directly to each organization, as "GRS 6.1 / 011" references.
	 */
	Map<Long, List<String>> organizationAssignments() {
		Map<Long, List<String>> byOrganization = new HashMap<>();
		this.jdbc.sql("""
				select a.organization_id, s.code, i.item_number from schedule_assignment a
				join schedule_item i on i.id = a.schedule_item_id join records_schedule s on s.id = i.schedule_id
				where a.target_kind = 'ORGANIZATION' order by s.code, i.item_number
				""").query((rs) -> {
			byOrganization.computeIfAbsent(rs.getLong(1), (k) -> new java.util.ArrayList<>())
				.add(rs.getString(2) + " / " + rs.getString(3));
		});
		return byOrganization;
	}

	/**
	 * The item's assignments whose target lies in the scope (a group in one of its
	 * organizations, one of its organizations; role categories reach every scope).
	 */
	List<AssignmentRow> assignments(long itemId, OrganizationScope scope) {
		return assignments(itemId).stream()
			.filter((a) -> a.organizationId() == null || scope.contains(a.organizationId()))
			.toList();
	}

	List<AssignmentRow> assignments(long itemId) {
		return this.jdbc.sql("""
				select a.id, a.schedule_item_id, s.code, i.item_number, a.target_kind, g.name, o.name, a.role_category,
				       a.assigned_at, a.assigned_by, a.group_id, coalesce(g.organization_id, a.organization_id)
				from schedule_assignment a
				join schedule_item i on i.id = a.schedule_item_id join records_schedule s on s.id = i.schedule_id
				left join messaging_group g on g.id = a.group_id left join organization o on o.id = a.organization_id
				where a.schedule_item_id = ? order by a.target_kind, a.id
				""").param(itemId).query((rs, n) -> {
			AssignmentTarget kind = AssignmentTarget.valueOf(rs.getString(5));
			String target = switch (kind) {
				case GROUP -> "Group " + rs.getString(6);
				case ORGANIZATION -> "Organization " + rs.getString(7) + " and everything below it";
				case ROLE_CATEGORY ->
					"Role category " + gov.records.governance.groups.RoleCategory.valueOf(rs.getString(8)).label();
			};
			long group = rs.getLong(11);
			Long groupId = rs.wasNull() ? null : group;
			long organization = rs.getLong(12);
			Long organizationId = rs.wasNull() ? null : organization;
			return new AssignmentRow(rs.getLong(1), rs.getLong(2), rs.getString(3) + " / " + rs.getString(4), kind,
					target, rs.getTimestamp(9).toInstant(), rs.getString(10), groupId, organizationId);
		}).list();
	}

}
