package gov.records.governance.capstone;

import gov.records.governance.organizations.TreeRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reconciliation findings as stored (DD067), kept in step with what a run found the
 * way {@code finding} is: a finding seen for the first time opens a row, one still there
 * refreshes {@code last_seen} (and its text if that changed), an open one no longer found
 * is resolved. A finding is the same one across runs when its rule and subject are.
 */
@Component
class ReconciliationStore {

	private static final String COLUMNS = "f.id, f.rule_id, f.subject, f.summary";

	private static final Comparator<ReconciliationFinding> ORDER = Comparator
		.comparing((ReconciliationFinding f) -> f.rule().ordinal())
		.thenComparing(ReconciliationFinding::subject);

	private final JdbcTemplate jdbc;

	ReconciliationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A finding as computed, with the organization of the account it names ({@code null}
	 * for a form or a position).
	 */
	record Located(ReconciliationFinding finding, @Nullable Long organizationId) {

		static Located of(ReconciliationFinding.Rule rule, String subject, String finding) {
			return new Located(new ReconciliationFinding(rule, subject, finding), null);
		}

		String key() {
			return key(this.finding.rule().name(), this.finding.subject());
		}

		static String key(String rule, String subject) {
			return rule + '\u0000' + subject;
		}

	}

	ReconciliationResult sync(List<Located> current, Instant now) {
		Map<String, Long> openIds = new HashMap<>();
		Map<String, String> openSummaries = new HashMap<>();
		this.jdbc.query("select id, rule_id, subject, summary from capstone_finding where resolved_at is null",
				(ResultSet rs) -> {
					String key = Located.key(rs.getString(2), rs.getString(3));
					openIds.put(key, rs.getLong(1));
					openSummaries.put(key, rs.getString(4));
				});
		Timestamp at = Timestamp.from(now);
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> refreshes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Located l : current) {
			String key = l.key();
			if (!seen.add(key)) {
				continue;
			}
			Long id = openIds.get(key);
			ReconciliationFinding f = l.finding();
			if (id == null) {
				inserts.add(new Object[] { f.rule().name(), f.rule().severity(), f.subject(), l.organizationId(),
						f.finding(), at, at });
			}
			else if (!openSummaries.get(key).equals(f.finding())) {
				refreshes.add(new Object[] { f.finding(), id });
			}
		}
		List<Object[]> resolutions = new ArrayList<>();
		openIds.forEach((key, id) -> {
			if (!seen.contains(key)) {
				resolutions.add(new Object[] { at, id });
			}
		});
		this.jdbc.batchUpdate("update capstone_finding set resolved_at = ? where id = ?", resolutions);
		this.jdbc.batchUpdate("update capstone_finding set summary = ? where id = ?", refreshes);
		this.jdbc.update("update capstone_finding set last_seen = ? where resolved_at is null", at);
		this.jdbc.batchUpdate(
				"""
						insert into capstone_finding (rule_id, severity, subject, organization_id, summary, first_seen, last_seen)
						values (?, ?, ?, ?, ?, ?, ?)
						""",
				inserts);
		return new ReconciliationResult(inserts.size(), resolutions.size(),
				openIds.size() - resolutions.size() + inserts.size());
	}

	/**
	 * The open findings, those naming an account only when its organization lies within
	 * the ranges.
	 */
	List<ReconciliationFinding> open(List<TreeRange> scope) {
		DesignationStore.Scoped where = DesignationStore.Scoped.of(scope);
		return sorted(this.jdbc.query(
				"select " + COLUMNS + " from capstone_finding f left join organization o on o.id = f.organization_id"
						+ " where f.resolved_at is null and (f.organization_id is null or" + where.sql() + ")",
				(rs, n) -> row(rs), where.params().toArray()));
	}

	/** The findings open at an instant (every organization's). */
	List<ReconciliationFinding> asOf(Instant at) {
		Timestamp t = Timestamp.from(at);
		return sorted(this.jdbc.query(
				"select " + COLUMNS + " from capstone_finding f"
						+ " where f.first_seen <= ? and (f.resolved_at is null or f.resolved_at > ?)",
				(rs, n) -> row(rs), t, t));
	}

	private static List<ReconciliationFinding> sorted(List<ReconciliationFinding> findings) {
		return findings.stream().sorted(ORDER).toList();
	}

	private static ReconciliationFinding row(ResultSet rs) throws SQLException {
		return new ReconciliationFinding(ReconciliationFinding.Rule.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4));
	}

}
