package gov.records.governance.reports.evidence;

import gov.records.governance.compliance.ComplianceHistory;
import gov.records.governance.compliance.Severity;
import gov.records.governance.compliance.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The findings that held at a report's as-of moment, derived from the history by the
 * compliance engine and merged with what its runs observed (DD041): a breach a run saw
 * open at that moment is its stored finding; one no run saw is listed as "derived from
 * history". Derived once per report on first use; every format reads the same result.
 */
final class HistoricalFindings {

	static final String OBSERVED = "observed by a compliance run";

	static final String DERIVED = "derived from history";

	private final JdbcTemplate jdbc;

	private final ComplianceHistory history;

	private final ReportScope scope;

	private final Instant asOf;

	private @Nullable Derived derived;

	HistoricalFindings(JdbcTemplate jdbc, ComplianceHistory history, ReportScope scope, Instant asOf) {
		this.jdbc = jdbc;
		this.history = history;
		this.scope = scope;
		this.asOf = asOf;
	}

	/** A derived finding no run observed, with the names the report shows. */
	record Unobserved(Violation violation, @Nullable String groupName, String organizationName) {
	}

	private record Derived(List<Unobserved> unobserved, Map<Long, Set<String>> rulesByGroup,
			@Nullable Instant firstRun) {
	}

	/** Derived findings at the as-of moment that no run observed open then, in order. */
	List<Unobserved> unobserved() {
		return derived().unobserved();
	}

	/**
	 * The rules each group in scope broke at the as-of moment, as derived from the
	 * history.
	 */
	Set<String> rulesOf(long groupId) {
		return derived().rulesByGroup().getOrDefault(groupId, Set.of());
	}

	/** When the compliance engine first ran (null: never). */
	@Nullable Instant firstRun() {
		return derived().firstRun();
	}

	/** The unobserved derived findings by severity (every severity present). */
	Map<Severity, Long> unobservedBySeverity() {
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0L);
		}
		for (Unobserved finding : unobserved()) {
			counts.merge(finding.violation().rule().severity(), 1L, Long::sum);
		}
		return counts;
	}

	/** Observed counts plus the unobserved derived ones. */
	Map<Severity, Long> addTo(Map<Severity, Long> observed) {
		Map<Severity, Long> total = new EnumMap<>(observed);
		unobservedBySeverity().forEach((severity, count) -> total.merge(severity, count, Long::sum));
		return total;
	}

	private Derived derived() {
		if (this.derived == null) {
			this.derived = derive();
		}
		return this.derived;
	}

	private Derived derive() {
		List<Object> params = new ArrayList<>();
		String where = this.scope.sql("o", params);
		Map<Long, String> organizations = new HashMap<>();
		this.jdbc.query("select o.id, o.name from organization o where " + where, (rs) -> {
			organizations.put(rs.getLong(1), rs.getString(2));
		}, params.toArray());
		Set<String> observed = new HashSet<>();
		this.jdbc.query("""
				select rule_id, subject_type, subject_id from finding
				where first_seen <= ? and (resolved_at is null or resolved_at > ?)
				""", (rs) -> {
			observed.add(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getLong(3));
		}, Rows.at(this.asOf), Rows.at(this.asOf));
		Instant firstRun = this.jdbc.queryForObject("select min(started_at) from compliance_run",
				(rs, n) -> Rows.instant(rs, 1));
		List<Unobserved> unobserved = new ArrayList<>();
		Map<Long, Set<String>> rulesByGroup = new HashMap<>();
		for (Violation violation : this.history.violationsAt(this.asOf)) {
			String organization = organizations.get(violation.organizationId());
			if (organization == null) {
				continue;
			}
			if (violation.groupId() != null) {
				rulesByGroup.computeIfAbsent(violation.groupId(), (k) -> new HashSet<>()).add(violation.rule().id());
			}
			if (!observed.contains(violation.key())) {
				Object group = violation.evidence().get("group");
				unobserved.add(new Unobserved(violation, (group != null) ? group.toString() : null, organization));
			}
		}
		unobserved.sort(Comparator.comparing((Unobserved u) -> u.violation().rule().severity())
			.thenComparing((u) -> u.violation().rule().id())
			.thenComparingLong((u) -> u.violation().subjectId()));
		return new Derived(List.copyOf(unobserved), rulesByGroup, firstRun);
	}

}
