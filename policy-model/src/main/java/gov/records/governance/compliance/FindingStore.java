package gov.records.governance.compliance;

import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.compliance.rules.DriftRule;
import gov.records.governance.compliance.rules.SubjectType;
import gov.records.governance.compliance.rules.Violation;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the finding table in step with what a run found, in set-based batches: a
 * violation seen for the first time opens a finding; one still there refreshes
 * {@code last_seen} (and its evidence if that changed); an open finding no longer
 * violated is resolved. A full run also covers account findings; a run over some groups
 * touches only theirs. A drift finding opened is also an audit event
 * ({@code drift.detected}, issue 19 item 6): once per drift, not per sync.
 */
@Component
class FindingStore {

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final AuditService audit;

	FindingStore(JdbcTemplate jdbc, AuditService audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** What one synchronisation changed. */
	record SyncResult(int opened, int resolved, int openAfter) {
	}

	SyncResult sync(List<Violation> current, @Nullable Set<Long> groupIds, Instant now) {
		Map<String, OpenFinding> open = open(groupIds);
		Timestamp at = Timestamp.from(now);
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> refreshes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Violation v : current) {
			String key = v.key();
			if (!seen.add(key)) {
				continue;
			}
			String evidence = this.json.writeValueAsString(v.evidence());
			OpenFinding existing = open.get(key);
			if (existing == null) {
				if (DriftRule.INFO.id().equals(v.rule().id())) {
					// a drift is audited when first found, not on every sync that still
					// sees it
					this.audit.record(AuditEntry.of("drift.detected", "group", v.groupId())
						.withAfter(Map.of("summary", v.summary(), "evidence", v.evidence())));
				}
				inserts.add(
						new Object[] { v.rule().id(), v.rule().severity().name(), v.subjectType().name(), v.subjectId(),
								v.organizationId(), v.platformId(), v.groupId(), v.summary(), evidence, at, at });
			}
			else if (!existing.summary().equals(v.summary()) || !existing.evidence().equals(evidence)) {
				refreshes.add(new Object[] { v.summary(), evidence, existing.id() });
			}
		}
		List<Object[]> resolutions = open.values()
			.stream()
			.filter((f) -> !seen.contains(f.key()))
			.map((f) -> new Object[] { at, f.id() })
			.toList();
		this.jdbc.batchUpdate("update finding set resolved_at = ? where id = ?", resolutions);
		this.jdbc.batchUpdate("update finding set summary = ?, evidence = ? where id = ?", refreshes);
		touch(groupIds, at);
		this.jdbc.batchUpdate(
				"""
						insert into finding (rule_id, severity, subject_type, subject_id, organization_id, platform_id, group_id,
						                     summary, evidence, first_seen, last_seen) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				inserts);
		int openAfter = open.size() - resolutions.size() + inserts.size();
		return new SyncResult(inserts.size(), resolutions.size(), openAfter);
	}

	private void touch(@Nullable Set<Long> groupIds, Timestamp at) {
		if (groupIds == null) {
			this.jdbc.update("update finding set last_seen = ? where resolved_at is null", at);
		}
		else if (!groupIds.isEmpty()) {
			this.jdbc.update("update finding set last_seen = ? where resolved_at is null and group_id in ("
					+ joined(groupIds) + ")", at);
		}
	}

	private Map<String, OpenFinding> open(@Nullable Set<Long> groupIds) {
		if (groupIds != null && groupIds.isEmpty()) {
			// a run over no group (accounts designated that belong to none) has none open
			return new HashMap<>();
		}
		String where = (groupIds == null) ? "" : " and group_id in (" + joined(groupIds) + ")";
		Map<String, OpenFinding> open = new HashMap<>();
		this.jdbc.query("select id, rule_id, subject_type, subject_id, summary, evidence from finding"
				+ " where resolved_at is null" + where, (rs) -> {
					String key = Violation.key(rs.getString(2), SubjectType.valueOf(rs.getString(3)), rs.getLong(4));
					String evidence = rs.getString(6);
					open.put(key,
							new OpenFinding(rs.getLong(1), key, rs.getString(5), (evidence != null) ? evidence : ""));
				});
		return open;
	}

	private static String joined(Set<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private record OpenFinding(long id, String key, String summary, String evidence) {
	}

}
