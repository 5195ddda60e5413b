package gov.records.governance.reports;

import gov.records.governance.organizations.TreeRange;
import gov.records.governance.reports.evidence.DispositionElements;
import gov.records.governance.reports.evidence.ReportSpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code disposition_draft} table, with optimistic locking on {@code version}. */
@Component
class DispositionStore {

	private static final String SELECT = """
			select d.id, d.finding_id, d.organization_id, d.records_description, d.office, d.circumstances,
			       d.safeguards, d.recovery, d.status, d.created_by, d.created_at, d.updated_by, d.updated_at,
			       d.signed_off_by, d.signed_off_at, d.report_id, d.version
			from disposition_draft d join organization o on o.id = d.organization_id""";

	private final JdbcTemplate jdbc;

	DispositionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long findingId, long organizationId, DispositionElements e, String by, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var s = connection.prepareStatement(
					"""
							insert into disposition_draft (finding_id, organization_id, records_description, office,
							    circumstances, safeguards, recovery, status, created_by, created_at, updated_by, updated_at, version)
							values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, 0)
							""",
					new String[] { "id" });
			s.setLong(1, findingId);
			s.setLong(2, organizationId);
			s.setString(3, e.records());
			s.setString(4, e.office());
			s.setString(5, e.circumstances());
			s.setString(6, e.safeguards());
			s.setString(7, e.recovery());
			s.setString(8, by);
			s.setTimestamp(9, Timestamp.from(at));
			s.setString(10, by);
			s.setTimestamp(11, Timestamp.from(at));
			return s;
		}, keys);
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Saves edited elements; false if the draft changed meanwhile or is signed off. */
	boolean update(long id, long expectedVersion, DispositionElements e, String by, Instant at) {
		return this.jdbc.update("""
				update disposition_draft set records_description = ?, office = ?, circumstances = ?, safeguards = ?,
				       recovery = ?, updated_by = ?, updated_at = ?, version = version + 1
				where id = ? and version = ? and status = 'DRAFT'
				""", e.records(), e.office(), e.circumstances(), e.safeguards(), e.recovery(), by, Timestamp.from(at),
				id, expectedVersion) == 1;
	}

	boolean signOff(long id, long expectedVersion, String by, Instant at) {
		return this.jdbc.update(
				"""
						update disposition_draft set status = 'SIGNED', signed_off_by = ?, signed_off_at = ?, version = version + 1
						where id = ? and version = ? and status = 'DRAFT'
						""",
				by, Timestamp.from(at), id, expectedVersion) == 1;
	}

	void linkReport(long id, long reportId) {
		this.jdbc.update("update disposition_draft set report_id = ? where id = ?", reportId, id);
	}

	Optional<DispositionDraft> find(long id, List<TreeRange> ranges) {
		List<Object> params = new ArrayList<>();
		String where = where(ranges, params);
		params.add(id);
		return this.jdbc.query(SELECT + where + " and d.id = ?", DispositionStore::toDraft, params.toArray())
			.stream()
			.findFirst();
	}

	List<DispositionDraft> list(List<TreeRange> ranges) {
		List<Object> params = new ArrayList<>();
		return this.jdbc.query(SELECT + where(ranges, params) + " order by d.id desc", DispositionStore::toDraft,
				params.toArray());
	}

	/**
	 * A signed-off draft as the report needs it (no scope: the report was already
	 * admitted).
	 */
	Optional<ReportSpec.SignedDisposition> signed(long id) {
		return this.jdbc.query("""
				select d.finding_id, f.group_id, d.records_description, d.office, d.circumstances, d.safeguards,
				       d.recovery, d.signed_off_by, d.signed_off_at
				from disposition_draft d join finding f on f.id = d.finding_id where d.id = ? and d.status = 'SIGNED'
				""", (rs, n) -> {
			long group = rs.getLong(2);
			Long groupId = rs.wasNull() ? null : group;
			return new ReportSpec.SignedDisposition(rs.getLong(1), groupId, new DispositionElements(rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), rs.getString(8),
					rs.getTimestamp(9).toInstant());
		}, id).stream().findFirst();
	}

	private static String where(List<TreeRange> ranges, List<Object> params) {
		if (ranges.isEmpty()) {
			return " where 1 = 0";
		}
		List<String> conditions = new ArrayList<>();
		for (TreeRange range : ranges) {
			conditions.add("o.tree_left between ? and ?");
			params.add(range.from());
			params.add(range.to());
		}
		return " where (" + String.join(" or ", conditions) + ")";
	}

	private static DispositionDraft toDraft(ResultSet rs, int row) throws SQLException {
		long report = rs.getLong(16);
		Long reportId = rs.wasNull() ? null : report;
		Timestamp signedAt = rs.getTimestamp(15);
		return new DispositionDraft(rs.getLong(1), rs.getLong(2), rs.getLong(3),
				new DispositionElements(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
						rs.getString(8)),
				rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getString(12),
				rs.getTimestamp(13).toInstant(), rs.getString(14), (signedAt != null) ? signedAt.toInstant() : null,
				reportId, rs.getLong(17));
	}

	static @Nullable String nullIfBlank(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
