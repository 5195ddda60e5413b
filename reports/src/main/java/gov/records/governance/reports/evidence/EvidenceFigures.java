package gov.records.governance.reports.evidence;

import gov.records.governance.compliance.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Aggregates as of a moment, computed in the database: how many groups existed, how many
 * deleted messages automatically, how many kept or captured them, and the findings open
 * by severity. Trends are these figures at evenly spaced moments.
 */
final class EvidenceFigures {

	private final JdbcTemplate jdbc;

	private final ReportScope scope;

	EvidenceFigures(JdbcTemplate jdbc, ReportScope scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	/** The groups at a moment and how their messages were treated. */
	record Coverage(Instant at, long groups, long autoDelete, long captured, long retained) {

		/** Share of groups whose messages were kept or captured, in percent. */
		double retainedPercent() {
			return (this.groups == 0) ? 0 : Math.round(1000.0 * this.retained / this.groups) / 10.0;
		}

		double autoDeletePercent() {
			return (this.groups == 0) ? 0 : Math.round(1000.0 * this.autoDelete / this.groups) / 10.0;
		}

	}

	Coverage coverage(Instant at) {
		List<Object> params = new ArrayList<>(List.of(Rows.at(at), Rows.at(at), Rows.at(at)));
		String where = this.scope.sql("o", params);
		return this.jdbc.queryForObject("""
				select count(*),
				       coalesce(sum(case when v.auto_delete = true then 1 else 0 end), 0),
				       coalesce(sum(case when v.capture_enabled = true then 1 else 0 end), 0),
				       coalesce(sum(case when v.auto_delete = false or v.capture_enabled = true then 1 else 0 end), 0)
				from messaging_group g join organization o on o.id = g.organization_id
				join deletion_policy_version v on v.group_id = g.id and v.valid_from <= ?
				     and (v.valid_to is null or v.valid_to > ?)
				where g.created_at <= ? and %s
				""".formatted(where),
				(rs, n) -> new Coverage(at, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
				params.toArray());
	}

	/** Findings open at a moment, by severity (every severity present, zero if none). */
	Map<Severity, Long> openFindings(Instant at) {
		List<Object> params = new ArrayList<>(List.of(Rows.at(at), Rows.at(at)));
		String where = this.scope.sql("o", params);
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0L);
		}
		this.jdbc.query("""
				select f.severity, count(*) from finding f join organization o on o.id = f.organization_id
				where f.first_seen <= ? and (f.resolved_at is null or f.resolved_at > ?) and %s
				group by f.severity
				""".formatted(where), (rs) -> {
			counts.put(Severity.valueOf(rs.getString(1)), rs.getLong(2));
		}, params.toArray());
		return counts;
	}

	/**
	 * Coverage at {@code points} moments evenly spaced from {@code from} to {@code to}
	 * (both included).
	 */
	List<Coverage> trend(Instant from, Instant to, int points) {
		List<Coverage> trend = new ArrayList<>();
		Duration step = Duration.between(from, to).dividedBy(Math.max(1, points - 1));
		for (int i = 0; i < points; i++) {
			Instant at = (i == points - 1) ? to : from.plus(step.multipliedBy(i));
			trend.add(coverage(at));
		}
		return trend;
	}

}
