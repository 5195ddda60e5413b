package gov.records.governance.reports.evidence;

import gov.records.governance.compliance.FindingConditions;
import gov.records.governance.compliance.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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

	/** Coverage already counted, by moment: the summary is the trend's last point. */
	private final Map<Instant, Coverage> known = new HashMap<>();

	/**
	 * Open findings already counted, by moment (the summary and the chart share them).
	 */
	private final Map<Instant, Map<Severity, Long>> openFindings = new HashMap<>();

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

	/** The coverage at a moment (remembered, as are a trend's points). */
	Coverage coverage(Instant at) {
		Coverage known = this.known.get(at);
		return (known != null) ? known : coverage(List.of(at)).getFirst();
	}

	/**
	 * The coverage at each of {@code moments}, from one scan of the groups in scope and
	 * one of the settings versions in force at any of the moments, joined in memory: one
	 * join of groups and versions per moment made up most of a report's time on 25,000
	 * groups, and even one such join costs several times the two scans on H2 (it looks
	 * every version up through an index).
	 */
	List<Coverage> coverage(List<Instant> moments) {
		int n = moments.size();
		Instant first = moments.stream().min(Instant::compareTo).orElseThrow();
		Instant last = moments.stream().max(Instant::compareTo).orElseThrow();
		List<Object> params = new ArrayList<>(List.of(Rows.at(last)));
		String where = this.scope.sql("o", params);
		Map<Long, Instant> created = new HashMap<>();
		this.jdbc.query("""
				select g.id, g.created_at from messaging_group g join organization o on o.id = g.organization_id
				where g.created_at <= ? and %s
				""".formatted(where), (rs) -> {
			created.put(rs.getLong(1), Rows.instant(rs, 2));
		}, params.toArray());
		long[] groups = new long[n];
		long[] autoDelete = new long[n];
		long[] captured = new long[n];
		long[] retained = new long[n];
		this.jdbc.query("""
				select group_id, valid_from, valid_to, auto_delete, capture_enabled from deletion_policy_version
				where valid_from <= ? and (valid_to is null or valid_to > ?)
				""", (rs) -> {
			Instant since = created.get(rs.getLong(1));
			if (since == null) {
				return;
			}
			Instant from = Rows.instant(rs, 2);
			Instant to = Rows.instant(rs, 3);
			boolean deletes = rs.getBoolean(4);
			boolean captures = rs.getBoolean(5);
			for (int i = 0; i < n; i++) {
				Instant at = moments.get(i);
				if (!since.isAfter(at) && !from.isAfter(at) && (to == null || to.isAfter(at))) {
					groups[i]++;
					autoDelete[i] += deletes ? 1 : 0;
					captured[i] += captures ? 1 : 0;
					retained[i] += (!deletes || captures) ? 1 : 0;
				}
			}
		}, Rows.at(last), Rows.at(first));
		List<Coverage> coverage = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			Coverage point = new Coverage(moments.get(i), groups[i], autoDelete[i], captured[i], retained[i]);
			coverage.add(point);
			this.known.put(point.at(), point);
		}
		return coverage;
	}

	/** Findings open at a moment, by severity (every severity present, zero if none). */
	Map<Severity, Long> openFindings(Instant at) {
		return this.openFindings.computeIfAbsent(at, this::countOpenFindings);
	}

	private Map<Severity, Long> countOpenFindings(Instant at) {
		List<Object> params = new ArrayList<>(List.of(Rows.at(at), Rows.at(at)));
		String where = this.scope.sql("o", params);
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0L);
		}
		this.jdbc.query("""
				select f.severity, count(*) from finding f join organization o on o.id = f.organization_id
				where %s and %s
				group by f.severity
				""".formatted(FindingConditions.openAt("f"), where), (rs) -> {
			counts.put(Severity.valueOf(rs.getString(1)), rs.getLong(2));
		}, params.toArray());
		return counts;
	}

	/**
	 * Coverage at {@code points} moments evenly spaced from {@code from} to {@code to}
	 * (both included).
	 */
	List<Coverage> trend(Instant from, Instant to, int points) {
		List<Instant> moments = new ArrayList<>();
		Duration step = Duration.between(from, to).dividedBy(Math.max(1, points - 1));
		for (int i = 0; i < points; i++) {
			moments.add((i == points - 1) ? to : from.plus(step.multipliedBy(i)));
		}
		return coverage(moments);
	}

}
