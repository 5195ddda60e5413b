package gov.records.governance.reports.evidence;

import gov.records.governance.compliance.FindingConditions;
import gov.records.governance.compliance.Severity;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationTree;
import gov.records.governance.reports.content.Column;
import gov.records.governance.reports.content.DataTable;
import gov.records.governance.reports.content.RowSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CIO's table: one row per component (each child of the chosen organization, with its
 * subtree; the organization itself for what sits directly in it) and platform. Groups are
 * counted in the database per organization and platform, then rolled up here: a few
 * hundred numbers, never the groups themselves.
 */
final class DeploymentTable {

	private final JdbcTemplate jdbc;

	private final ReportScope scope;

	private final OrganizationTree tree;

	DeploymentTable(JdbcTemplate jdbc, ReportScope scope, OrganizationTree tree) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.tree = tree;
	}

	private static final class Counts {

		long active;

		long pending;

		long suspended;

		long groups;

		long autoDelete;

		long captured;

		final long[] findings = new long[Severity.values().length];

	}

	DataTable table(Instant asOf) {
		Map<String, Counts> rows = new TreeMap<>();
		List<Object> params = new ArrayList<>(
				List.of(java.sql.Timestamp.from(asOf), java.sql.Timestamp.from(asOf), java.sql.Timestamp.from(asOf)));
		String where = this.scope.sql("o", params);
		this.jdbc.query("""
				select g.organization_id, p.name, count(*),
				       sum(case when v.auto_delete = true then 1 else 0 end),
				       sum(case when v.capture_enabled = true then 1 else 0 end)
				from messaging_group g join organization o on o.id = g.organization_id
				join platform p on p.id = g.platform_id
				join deletion_policy_version v on v.group_id = g.id and v.valid_from <= ?
				     and (v.valid_to is null or v.valid_to > ?)
				where g.created_at <= ? and %s
				group by g.organization_id, p.name
				""".formatted(where), (rs) -> {
			Counts c = counts(rows, rs.getLong(1), rs.getString(2));
			c.groups += rs.getLong(3);
			c.autoDelete += rs.getLong(4);
			c.captured += rs.getLong(5);
		}, params.toArray());
		List<Object> accountParams = new ArrayList<>();
		String accountWhere = this.scope.sql("o", accountParams);
		this.jdbc.query("""
				select a.organization_id, p.name, a.status, count(*)
				from account a join organization o on o.id = a.organization_id join platform p on p.id = a.platform_id
				where %s group by a.organization_id, p.name, a.status
				""".formatted(accountWhere), (rs) -> {
			Counts c = counts(rows, rs.getLong(1), rs.getString(2));
			switch (rs.getString(3)) {
				case "ACTIVE" -> c.active += rs.getLong(4);
				case "PENDING" -> c.pending += rs.getLong(4);
				default -> c.suspended += rs.getLong(4);
			}
		}, accountParams.toArray());
		List<Object> findingParams = new ArrayList<>(
				List.of(java.sql.Timestamp.from(asOf), java.sql.Timestamp.from(asOf)));
		String findingWhere = this.scope.sql("o", findingParams);
		this.jdbc.query("""
				select f.organization_id, p.name, f.severity, count(*)
				from finding f join organization o on o.id = f.organization_id join platform p on p.id = f.platform_id
				where %s and %s
				group by f.organization_id, p.name, f.severity
				""".formatted(FindingConditions.openAt("f"), findingWhere), (rs) -> {
			counts(rows, rs.getLong(1), rs.getString(2)).findings[Severity.valueOf(rs.getString(3)).ordinal()] += rs
				.getLong(4);
		}, findingParams.toArray());
		List<List<@Nullable Object>> out = new ArrayList<>();
		rows.forEach((key, c) -> {
			String[] parts = key.split("\u0000", 2);
			out.add(Rows.row(parts[0], parts[1], c.active, c.pending, c.suspended, c.groups,
					percent(c.autoDelete, c.groups), percent(c.captured, c.groups), c.findings[0], c.findings[1],
					c.findings[2], c.findings[3]));
		});
		return new DataTable("components", "Per component and platform",
				List.of(Column.of("component", "Component"), Column.of("platform", "Platform"),
						Column.of("accountsActive", "Active accounts"), Column.of("accountsPending", "Pending"),
						Column.of("accountsSuspended", "Suspended"), Column.of("groups", "Groups"),
						Column.of("autoDeletePercent", "Auto-delete (%)"), Column.of("capturePercent", "Capture (%)"),
						Column.of("findingsCritical", "Critical"), Column.of("findingsHigh", "High"),
						Column.of("findingsMedium", "Medium"), Column.of("findingsLow", "Low")),
				RowSource.of(out));
	}

	/**
	 * Platforms with their sync health and capture health as last reported (neither keeps
	 * a history): the last successful sync, the last attempt and how many in a row failed
	 * with the last error, the groups the backend listed, and what the backend and the
	 * capture bot said about capture.
	 */
	static DataTable platforms(JdbcTemplate jdbc) {
		List<List<@Nullable Object>> rows = jdbc.query("""
				select p.name, p.kind, p.sanctioned, h.last_report_at, h.received, h.saved, h.failed, h.bot_active,
				       s.last_success_at, s.last_attempt_at, s.consecutive_failures, s.last_error, s.groups_seen,
				       s.capture_enabled
				from platform p left join capture_health h on h.platform_id = p.id
				left join platform_sync s on s.platform_id = p.id order by p.name
				""",
				(rs, n) -> Rows.row(rs.getString(1), rs.getString(2), rs.getBoolean(3), Rows.instant(rs, 4),
						Rows.longOrNull(rs, 5), Rows.longOrNull(rs, 6), Rows.longOrNull(rs, 7),
						(rs.getObject(8) != null) ? rs.getBoolean(8) : null, Rows.instant(rs, 9), Rows.instant(rs, 10),
						Rows.longOrNull(rs, 11), rs.getString(12), Rows.longOrNull(rs, 13),
						(rs.getObject(14) != null) ? rs.getBoolean(14) : null));
		return new DataTable("platforms", "Platforms, sync health and capture health (as last reported)",
				List.of(Column.of("platform", "Platform"), Column.of("kind", "Kind"),
						Column.of("sanctioned", "Sanctioned"), Column.of("lastCaptureReport", "Last capture report"),
						Column.of("received", "Received"), Column.of("saved", "Saved"), Column.of("failed", "Failed"),
						Column.of("botActive", "Capture bot active"), Column.of("lastSync", "Last successful sync"),
						Column.of("lastSyncAttempt", "Last sync attempt"),
						Column.of("syncFailuresInARow", "Sync failures in a row"),
						Column.of("lastSyncError", "Last sync error"),
						Column.of("groupsInBackend", "Groups in backend"),
						Column.of("captureInBackend", "Capture on in backend")),
				RowSource.of(rows));
	}

	private Counts counts(Map<String, Counts> rows, long organizationId, String platform) {
		return rows.computeIfAbsent(component(organizationId) + "\u0000" + platform, (k) -> new Counts());
	}

	/**
	 * The child of the chosen organization whose subtree holds {@code organizationId}.
	 */
	private String component(long organizationId) {
		List<OrganizationNode> path = this.tree.path(organizationId);
		for (int i = 0; i < path.size() - 1; i++) {
			if (path.get(i).id() == this.scope.organizationId()) {
				return path.get(i + 1).label();
			}
		}
		return this.tree.find(organizationId).map(OrganizationNode::label).orElse("#" + organizationId);
	}

	private static double percent(long part, long whole) {
		return (whole == 0) ? 0 : Math.round(1000.0 * part / whole) / 10.0;
	}

}
