package gov.records.governance.reports;

import gov.records.governance.organizations.TreeRange;
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

/**
 * The {@code report} table: a row per requested report, updated while it runs and never
 * again once it is DONE (PostgreSQL refuses it with a trigger).
 */
@Component
class ReportStore {

	private static final String SELECT = """
			select r.id, r.report_type, r.title, r.organization_id, o.name, r.period_from, r.as_of, r.parameters,
			       r.requested_by, r.requested_at, r.status, r.progress, r.progress_note, r.finished_at, r.failure,
			       r.file_name, r.size_bytes, r.sha256, r.checkpoint_size
			from report r join organization o on o.id = r.organization_id""";

	private final JdbcTemplate jdbc;

	ReportStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ReportType type, String title, long organizationId, @Nullable Instant from, Instant asOf,
			String parameters, String requestedBy, Instant requestedAt) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement("""
					insert into report (report_type, title, organization_id, period_from, as_of, parameters,
					                    requested_by, requested_at, status, progress)
					values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0)
					""", new String[] { "id" });
			statement.setString(1, type.name());
			statement.setString(2, title);
			statement.setLong(3, organizationId);
			statement.setTimestamp(4, (from != null) ? Timestamp.from(from) : null);
			statement.setTimestamp(5, Timestamp.from(asOf));
			statement.setString(6, parameters);
			statement.setString(7, requestedBy);
			statement.setTimestamp(8, Timestamp.from(requestedAt));
			return statement;
		}, keys);
		return keys.getKeyAs(Number.class).longValue();
	}

	void running(long id) {
		this.jdbc.update("update report set status = 'RUNNING', progress = 1 where id = ? and status = 'QUEUED'", id);
	}

	void done(long id, Instant finishedAt, String fileName, long size, String sha256, long checkpointSize,
			String checkpoint) {
		int updated = this.jdbc.update("""
				update report set status = 'DONE', progress = 100, progress_note = null, finished_at = ?, file_name = ?,
				       size_bytes = ?, sha256 = ?, checkpoint_size = ?, checkpoint = ?
				where id = ? and status = 'RUNNING'
				""", Timestamp.from(finishedAt), fileName, size, sha256, checkpointSize, checkpoint, id);
		if (updated != 1) {
			throw new IllegalStateException("report " + id + " is not running");
		}
	}

	void failed(long id, Instant finishedAt, String failure) {
		this.jdbc.update("""
				update report set status = 'FAILED', progress_note = null, finished_at = ?, failure = ?
				where id = ? and status in ('QUEUED', 'RUNNING')
				""", Timestamp.from(finishedAt), abbreviate(failure), id);
	}

	/** Reports that were running when the application stopped: they failed. */
	int failInterrupted(Instant now) {
		return this.jdbc.update("""
				update report set status = 'FAILED', finished_at = ?,
				       failure = 'interrupted: the console stopped while it was being generated; generate it again'
				where status in ('QUEUED', 'RUNNING')
				""", Timestamp.from(now));
	}

	Optional<ReportSummary> find(long id) {
		return this.jdbc.query(SELECT + " where r.id = ?", ReportStore::toSummary, id).stream().findFirst();
	}

	Optional<String> checkpointOf(long id) {
		return this.jdbc
			.queryForList("select checkpoint from report where id = ? and status = 'DONE'", String.class, id)
			.stream()
			.findFirst();
	}

	/** A page of reports in the given ranges, newest first. */
	List<ReportSummary> page(List<TreeRange> ranges, int offset, int limit) {
		List<Object> params = new ArrayList<>();
		String where = where(ranges, params);
		return this.jdbc.query(SELECT + where + " order by r.id desc offset " + Math.max(0, offset)
				+ " rows fetch next " + Math.max(1, limit) + " rows only", ReportStore::toSummary, params.toArray());
	}

	long count(List<TreeRange> ranges) {
		List<Object> params = new ArrayList<>();
		Long n = this.jdbc.queryForObject(
				"select count(*) from report r join organization o on o.id = r.organization_id" + where(ranges, params),
				Long.class, params.toArray());
		return (n != null) ? n : 0;
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

	private static String abbreviate(String text) {
		return (text.length() <= 2000) ? text : text.substring(0, 1997) + "...";
	}

	private static ReportSummary toSummary(ResultSet rs, int row) throws SQLException {
		Timestamp from = rs.getTimestamp(6);
		Timestamp finished = rs.getTimestamp(14);
		long size = rs.getLong(17);
		Long sizeBytes = rs.wasNull() ? null : size;
		long checkpoint = rs.getLong(19);
		Long checkpointSize = rs.wasNull() ? null : checkpoint;
		return new ReportSummary(rs.getLong(1), ReportType.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4),
				rs.getString(5), (from != null) ? from.toInstant() : null, rs.getTimestamp(7).toInstant(),
				rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
				ReportStatus.valueOf(rs.getString(11)), rs.getInt(12), rs.getString(13),
				(finished != null) ? finished.toInstant() : null, rs.getString(15), rs.getString(16), sizeBytes,
				rs.getString(18), checkpointSize);
	}

}
