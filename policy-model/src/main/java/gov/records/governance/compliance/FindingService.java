package gov.records.governance.compliance;

import java.time.Instant;
import gov.records.governance.access.AppRoles;
import gov.records.governance.compliance.rules.RuleInfo;
import gov.records.governance.compliance.rules.Rules;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.TreeRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads findings within the current user's organization scope: lists filtered by
 * severity, rule, organization subtree, platform, open or resolved (or open on a past
 * date), newest first, and one finding with its evidence.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.ANY_ROLE)
public class FindingService {

	private static final String SELECT = """
			select f.id, f.rule_id, f.severity, f.summary, f.subject_type, f.subject_id, f.group_id,
			       o.name as organization_name, p.name as platform_name, f.first_seen, f.last_seen, f.resolved_at,
			       f.organization_id
			from finding f join organization o on o.id = f.organization_id join platform p on p.id = f.platform_id
			""";

	private final JdbcClient jdbc;

	private final OrganizationService organizations;

	private final JsonMapper json = JsonMapper.builder().build();

	FindingService(JdbcClient jdbc, OrganizationService organizations) {
		this.jdbc = jdbc;
		this.organizations = organizations;
	}

	public List<FindingRow> list(FindingFilter filter, Pageable pageable) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		if (where == null) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(SELECT).append(where)
			.append(" order by case f.severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end,")
			.append(" f.first_seen desc, f.id desc");
		if (pageable.isPaged()) {
			sql.append(" offset ")
				.append(pageable.getOffset())
				.append(" rows fetch next ")
				.append(pageable.getPageSize());
			sql.append(" rows only");
		}
		return this.jdbc.sql(sql.toString()).params(params).query(FindingService::toRow).list();
	}

	/**
	 * Findings in the user's scope, open and resolved, that match what someone typed into
	 * a pick-list: a finding number ("1234" or "#1234"), or words found in the summary
	 * (which names the group), the rule's title, the organization or the platform. Paged
	 * in the database, in the list's order, so a pick-list never holds every finding. The
	 * text reaches SQL only as a parameter.
	 */
	public List<FindingRow> search(@Nullable String text, Pageable pageable) {
		List<Object> params = new ArrayList<>();
		String where = where(new FindingFilter(null, null, null, null, FindingFilter.Status.ALL, null, null), params);
		if (where == null) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(SELECT).append(where).append(FindingSearch.condition(text, params));
		sql.append(
				" order by case f.severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end,")
			.append(" f.first_seen desc, f.id desc");
		if (pageable.isPaged()) {
			sql.append(" offset ")
				.append(pageable.getOffset())
				.append(" rows fetch next ")
				.append(pageable.getPageSize())
				.append(" rows only");
		}
		return this.jdbc.sql(sql.toString()).params(params).query(FindingService::toRow).list();
	}

	/**
	 * The moment the console began to keep findings: its first compliance check or its
	 * first finding, whichever came first; null when it has neither. A past moment before
	 * it has no findings to count, which is not the same as none open (DD080).
	 */
	public @Nullable Instant keptFrom() {
		return this.jdbc
			.sql("select min(t) from (select min(started_at) t from compliance_run"
					+ " union all select min(first_seen) t from finding) e")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
	}

	/**
	 * Whether the findings open at a past moment can be known: the console kept findings
	 * by then.
	 */
	public boolean knownAt(Instant at) {
		Instant from = keptFrom();
		return from != null && !at.isBefore(from);
	}

	public long count(FindingFilter filter) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		if (where == null) {
			return 0;
		}
		return this.jdbc.sql("select count(*) from finding f join organization o on o.id = f.organization_id" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** Open findings by severity for the user's scope (dashboard). */
	public Map<Severity, Long> openBySeverity() {
		Map<Severity, Long> counts = new LinkedHashMap<>();
		for (Severity severity : Severity.values()) {
			counts.put(severity, count(FindingFilter.open().withSeverity(severity)));
		}
		return counts;
	}

	public Optional<FindingDetails> details(long findingId) {
		List<Object> params = new ArrayList<>();
		String where = where(new FindingFilter(null, null, null, null, FindingFilter.Status.ALL, null, null), params);
		if (where == null) {
			return Optional.empty();
		}
		params.add(findingId);
		return this.jdbc.sql(SELECT + where + " and f.id = ?")
			.params(params)
			.query(FindingService::toRow)
			.optional()
			.map((row) -> new FindingDetails(row, rule(row.ruleId()), evidence(findingId)));
	}

	private Map<String, Object> evidence(long findingId) {
		String text = this.jdbc.sql("select evidence from finding where id = ?")
			.param(findingId)
			.query(String.class)
			.optional()
			.orElse(null);
		return (text == null || text.isBlank()) ? Map.of()
				: this.json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
				});
	}

	/**
	 * The WHERE clause for the filter within the user's scope, or null when nothing is
	 * visible.
	 */
	private @Nullable String where(FindingFilter filter, List<Object> params) {
		Long org = filter.organizationId();
		List<TreeRange> ranges = (org != null) ? this.organizations.visibleRanges(org)
				: this.organizations.currentScopeRanges();
		if (ranges.isEmpty()) {
			return null;
		}
		List<String> conditions = new ArrayList<>();
		List<String> rangeConditions = new ArrayList<>();
		for (TreeRange range : ranges) {
			rangeConditions.add("o.tree_left between ? and ?");
			params.add(range.from());
			params.add(range.to());
		}
		conditions.add("(" + String.join(" or ", rangeConditions) + ")");
		if (filter.openAt() != null) {
			Timestamp at = Timestamp.from(filter.openAt());
			conditions.add(FindingConditions.openAt("f"));
			params.add(at);
			params.add(at);
		}
		else if (filter.status() == FindingFilter.Status.OPEN) {
			conditions.add("f.resolved_at is null");
		}
		else if (filter.status() == FindingFilter.Status.RESOLVED) {
			conditions.add("f.resolved_at is not null");
		}
		if (filter.severity() != null) {
			conditions.add("f.severity = ?");
			params.add(filter.severity().name());
		}
		if (filter.ruleId() != null) {
			conditions.add("f.rule_id = ?");
			params.add(filter.ruleId());
		}
		if (filter.platformId() != null) {
			conditions.add("f.platform_id = ?");
			params.add(filter.platformId());
		}
		if (filter.groupId() != null) {
			conditions.add("f.group_id = ?");
			params.add(filter.groupId());
		}
		return " where " + String.join(" and ", conditions);
	}

	private static RuleInfo rule(String id) {
		return Rules.find(id).orElseGet(() -> new RuleInfo(id, Severity.LOW, id, "", ""));
	}

	private static FindingRow toRow(ResultSet rs, int row) throws SQLException {
		String ruleId = rs.getString(2);
		Timestamp resolved = rs.getTimestamp(12);
		long group = rs.getLong(7);
		Long groupId = rs.wasNull() ? null : group;
		return new FindingRow(rs.getLong(1), ruleId, rule(ruleId).title(), Severity.valueOf(rs.getString(3)),
				rs.getString(4), rs.getString(5), rs.getLong(6), groupId, rs.getLong(13), rs.getString(8),
				rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant(),
				(resolved != null) ? resolved.toInstant() : null);
	}

}
