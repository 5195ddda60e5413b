package gov.records.governance.reports.evidence;

import gov.records.governance.capstone.Reconciliation;
import gov.records.governance.reports.content.Column;
import gov.records.governance.reports.content.DataTable;
import gov.records.governance.reports.content.RowSource;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Capstone part of the NARA evidence report (issue 16, build 5), as of the report's
 * moment: the NA-1005 forms in force then (number, approvals, scope), the designations in
 * force then with their authority, the retention locks in force then, and the
 * reconciliation findings open then, as the compliance runs stored them (DD067).
 */
final class CapstoneEvidence {

	private final JdbcTemplate jdbc;

	private final Reconciliation reconciliation;

	CapstoneEvidence(JdbcTemplate jdbc, Reconciliation reconciliation) {
		this.jdbc = jdbc;
		this.reconciliation = reconciliation;
	}

	DataTable forms(Instant asOf) {
		return new DataTable("capstone_forms", "NA-1005 forms in force",
				List.of(Column.of("number", "Form"), Column.of("agency", "Agency"), Column.of("scope", "Scope"),
						Column.of("officerApproval", "Records officer approval"),
						Column.of("seniorApproval", "Senior official approval"),
						Column.of("archivistApproval", "NARA approval"), Column.dataOnly("previous", "Supersedes"),
						Column.dataOnly("importedBy", "Imported by")),
				() -> this.jdbc.queryForStream(
						"""
								select f.form_number, f.agency_name, f.scope_text, f.officer_approval_date, f.senior_approval_date,
								       f.archivist_approval_date, f.previous_number, f.imported_by
								from capstone_form f
								where f.imported_at <= ? and (f.superseded_at is null or f.superseded_at > ?)
								order by f.form_number
								""",
						(rs, n) -> Rows.row(rs.getString(1), rs.getString(2), rs.getString(3), text(rs.getObject(4)),
								text(rs.getObject(5)), text(rs.getObject(6)), rs.getString(7), rs.getString(8)),
						Rows.at(asOf), Rows.at(asOf)));
	}

	DataTable designations(Instant asOf) {
		return new DataTable("capstone_designations", "Capstone designations in force, with their authority",
				List.of(Column.of("account", "Account"), Column.of("category", "Capstone category"),
						Column.of("position", "Form position"), Column.of("form", "Form"), Column.of("match", "Match"),
						Column.of("designatedBy", "Designated by"), Column.dataOnly("designatedAt", "Designated at")),
				() -> this.jdbc
					.queryForStream("""
							select a.display_name, d.category, p.title, f.form_number, d.match_kind, d.designated_by,
							       d.designated_at
							from capstone_designation d join account a on a.id = d.account_id
							join capstone_position p on p.id = d.position_id join capstone_form f on f.id = d.form_id
							where d.designated_at <= ? and (d.ended_at is null or d.ended_at > ?)
							order by f.form_number, d.category, a.display_name
							""",
							(rs, n) -> Rows.row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
									rs.getString(5), rs.getString(6), Rows.instant(rs, 7)),
							Rows.at(asOf), Rows.at(asOf)));
	}

	DataTable locks(Instant asOf) {
		return new DataTable("retention_locks", "Retention locks in force",
				List.of(Column.of("lock", "Lock"), Column.of("target", "Target"), Column.of("targetId", "Target id"),
						Column.of("minRetention", "Keeps at least"), Column.of("lockedBy", "Locked by"),
						Column.of("lockedAt", "Locked at"), Column.dataOnly("reason", "Reason")),
				() -> this.jdbc
					.queryForStream(
							"""
									select l.id, l.target_kind, coalesce(l.group_id, l.assignment_id), l.min_retention, l.locked_by,
									       l.locked_at, l.reason
									from retention_lock l
									where l.locked_at <= ? and (l.replaced_at is null or l.replaced_at > ?)
									order by l.locked_at, l.id
									""",
							(rs, n) -> Rows.row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
									rs.getString(5), Rows.instant(rs, 6), rs.getString(7)),
							Rows.at(asOf), Rows.at(asOf)));
	}

	DataTable reconciliation(Instant asOf) {
		return new DataTable("capstone_reconciliation", "Reconciliation of the forms with the accounts found",
				List.of(Column.of("rule", "Rule"), Column.of("severity", "Severity"), Column.of("subject", "Subject"),
						Column.of("finding", "Finding")),
				() -> this.reconciliation.asOf(asOf)
					.stream()
					.map((f) -> Rows.row(f.rule().name(), f.rule().severity(), f.subject(), f.finding())));
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

}
