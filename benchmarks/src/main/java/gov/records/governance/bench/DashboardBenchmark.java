package gov.records.governance.bench;

import java.time.ZoneOffset;
import java.time.LocalDate;
import gov.records.governance.compliance.FindingFilter;
import gov.records.governance.compliance.FindingService;
import gov.records.governance.compliance.Severity;
import gov.records.governance.dashboard.DashboardService;
import gov.records.governance.groups.GroupConditions;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupFilter.Attention;
import gov.records.governance.groups.GroupService;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.TreeRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Server time of the dashboard (issue 14: < 500 ms for the whole department and for a
 * component) and of the first page of each list its numbers open (< 150 ms), through the
 * real services with the CIO's and admin-fec's scope, beside the same statements over
 * plain JDBC (DD058).
 */
@Component
@Profile("bench")
class DashboardBenchmark implements Benchmark {

	private static final int RUNS = 21;

	private static final String[] DASHBOARD_SQL = {
			DashboardService.GROUPS_SQL + "o.tree_left between ? and ? group by g.organization_id",
			DashboardService.NON_COMPLIANT_SQL + "o.tree_left between ? and ? group by g.organization_id",
			"select f.organization_id, f.severity, f.rule_id, count(*) from finding f join organization o"
					+ " on o.id = f.organization_id where f.resolved_at is null and o.tree_left between ? and ?"
					+ " group by f.organization_id, f.severity, f.rule_id",
			"select f.organization_id, f.first_seen, f.resolved_at from finding f join organization o"
					+ " on o.id = f.organization_id where f.severity in ('CRITICAL', 'HIGH')"
					+ " and (f.resolved_at is null or f.resolved_at >= ?) and o.tree_left between ? and ?",
			"select g.platform_id, count(*) from messaging_group g join organization o on o.id = g.organization_id"
					+ " where o.tree_left between ? and ? group by g.platform_id",
			"select a.platform_id, count(*) from account a join organization o on o.id = a.organization_id"
					+ " where o.tree_left between ? and ? group by a.platform_id" };

	/**
	 * The statements of the dashboard as of a past day (DD080), each taking the moment as
	 * often as it has parameters before the range (the trend: the first day instead).
	 */
	private static final String[] DASHBOARD_AT_SQL = {
			DashboardService.GROUPS_AT_SQL + "o.tree_left between ? and ? group by g.organization_id",
			DashboardService.NON_COMPLIANT_AT_SQL + "o.tree_left between ? and ? group by g.organization_id",
			DashboardService.findingsSql(true)
					+ "o.tree_left between ? and ? group by f.organization_id, f.severity, f.rule_id",
			DASHBOARD_SQL[3],
			"select g.platform_id, count(*) from messaging_group g join organization o on o.id = g.organization_id"
					+ " join deletion_policy_version v on v.group_id = g.id and " + GroupConditions.VERSION_IN_FORCE_AT
					+ " where o.tree_left between ? and ? group by g.platform_id",
			"select count(*) from change_request r join messaging_group g on g.id = r.group_id"
					+ " join organization o on o.id = g.organization_id where " + DashboardService.PENDING_AT
					+ " and o.tree_left between ? and ?" };

	private static final String RAW_FINDINGS = """
			select f.id, f.rule_id, f.severity, f.summary, f.subject_type, f.subject_id, f.group_id,
			       o.name, p.name, f.first_seen, f.last_seen, f.resolved_at
			from finding f join organization o on o.id = f.organization_id join platform p on p.id = f.platform_id
			where o.tree_left between ? and ? and f.resolved_at is null and f.severity = 'CRITICAL'
			order by f.first_seen desc, f.id desc offset 0 rows fetch next 50 rows only""";

	private static final String RAW_GROUPS = "select g.id, g.name from messaging_group g"
			+ " join organization o on o.id = g.organization_id where o.tree_left between ? and ? and "
			+ GroupConditions.NON_COMPLIANT + " order by g.name, g.id offset 0 rows fetch next 50 rows only";

	private final DashboardService dashboard;

	private final FindingService findings;

	private final GroupService groups;

	private final OrganizationService organizations;

	private final DataSource dataSource;

	DashboardBenchmark(DashboardService dashboard, FindingService findings, GroupService groups,
			OrganizationService organizations, DataSource dataSource) {
		this.dashboard = dashboard;
		this.findings = findings;
		this.groups = groups;
		this.organizations = organizations;
		this.dataSource = dataSource;
	}

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		var fec = this.organizations.fullTree()
			.all()
			.stream()
			.filter((node) -> node.code().equals("FEC"))
			.findFirst()
			.orElseThrow();
		TreeRange department = this.organizations.fullTree().roots().getFirst().range();
		List<BenchResult> results = new ArrayList<>();
		results.add(BenchSecurity.as("cio", "CIO", () -> dashboardResult("whole department (CIO)",
				Timer.paired(RUNS, this.dashboard::figures, () -> rawDashboard(department)))));
		results.add(BenchSecurity.as("admin-fec", "PLATFORM_ADMIN", () -> dashboardResult("one component (admin-fec)",
				Timer.paired(RUNS, this.dashboard::figures, () -> rawDashboard(fec.range())))));
		// the dashboard as of a past day is counted on every view, never kept (DD080)
		LocalDate past = LocalDate.now(ZoneOffset.UTC).minusDays(30);
		Instant end = past.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
		results.add(BenchSecurity.as("cio", "CIO", () -> dashboardResult("as of 30 days ago, whole department (CIO)",
				Timer.paired(RUNS, () -> this.dashboard.figuresAsOf(past), () -> rawDashboardAt(department, end)))));
		results.add(BenchSecurity.as("admin-fec", "PLATFORM_ADMIN", () -> dashboardResult(
				"as of 30 days ago, one component (admin-fec)",
				Timer.paired(RUNS, () -> this.dashboard.figuresAsOf(past), () -> rawDashboardAt(fec.range(), end)))));
		PageRequest page = PageRequest.of(0, 50);
		PageRequest byName = PageRequest.of(0, 50, Sort.by("name"));
		FindingFilter critical = FindingFilter.open().withOrganization(fec.id()).withSeverity(Severity.CRITICAL);
		GroupFilter nonCompliant = GroupFilter.none().withOrganization(fec.id()).withAttention(Attention.NON_COMPLIANT);
		GroupFilter noCapture = GroupFilter.none().withOrganization(fec.id()).withAutoDelete(true).withCapture(false);
		GroupFilter drifted = GroupFilter.none().withAttention(Attention.DRIFTED);
		results.add(BenchSecurity.as("cio", "CIO", () -> listResult("critical findings of a component", Timer
			.paired(RUNS * 5, () -> this.findings.list(critical, page), () -> rawList(RAW_FINDINGS, fec.range())))));
		results.add(BenchSecurity.as("cio", "CIO", () -> listResult("non-compliant groups of a component", Timer
			.paired(RUNS * 5, () -> this.groups.list(nonCompliant, byName), () -> rawList(RAW_GROUPS, fec.range())))));
		results.add(BenchSecurity.as("cio", "CIO",
				() -> listResult("groups of a component auto-deleting without capture", Timer.paired(RUNS * 5,
						() -> this.groups.list(noCapture, byName), () -> rawList(RAW_GROUPS, fec.range())))));
		results.add(BenchSecurity.as("cio", "CIO", () -> listResult("drifted groups, whole department", Timer
			.paired(RUNS * 5, () -> this.groups.list(drifted, byName), () -> rawList(RAW_GROUPS, department)))));
		return results;
	}

	private static BenchResult dashboardResult(String scope, double[] timed) {
		return new BenchResult("Dashboard", "Dashboard figures, " + scope, timed[0], "ms (median of " + RUNS + ")",
				timed[1], "the same grouped statements over plain JDBC", "< 500 ms", timed[0] < 500);
	}

	private static BenchResult listResult(String name, double[] timed) {
		return new BenchResult("Dashboard", "Drill-down first page (50 rows): " + name, timed[0],
				"ms (median of " + (RUNS * 5) + ")", timed[1], "a comparable page over plain JDBC", "< 150 ms",
				timed[0] < 150);
	}

	private int rawDashboard(TreeRange range) throws Exception {
		int rows = 0;
		Timestamp since = Timestamp.from(Instant.now().minus(90, ChronoUnit.DAYS));
		try (Connection connection = this.dataSource.getConnection()) {
			for (String sql : DASHBOARD_SQL) {
				try (PreparedStatement statement = connection.prepareStatement(sql)) {
					int index = 1;
					if (sql.contains("resolved_at >= ?")) {
						statement.setTimestamp(index++, since);
					}
					statement.setInt(index++, range.from());
					statement.setInt(index, range.to());
					rows += RawReads.drain(statement);
				}
			}
		}
		return rows;
	}

	private int rawDashboardAt(TreeRange range, Instant at) throws Exception {
		int rows = 0;
		Timestamp moment = Timestamp.from(at);
		Timestamp since = Timestamp.from(at.minus(90, ChronoUnit.DAYS));
		try (Connection connection = this.dataSource.getConnection()) {
			for (String sql : DASHBOARD_AT_SQL) {
				try (PreparedStatement statement = connection.prepareStatement(sql)) {
					int before = (int) sql.chars().filter((c) -> c == '?').count() - 2;
					int index = 1;
					for (; index <= before; index++) {
						statement.setTimestamp(index, sql.contains("resolved_at >= ?") ? since : moment);
					}
					statement.setInt(index++, range.from());
					statement.setInt(index, range.to());
					rows += RawReads.drain(statement);
				}
			}
		}
		return rows;
	}

	private int rawList(String sql, TreeRange range) throws Exception {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, range.from());
			statement.setInt(2, range.to());
			return RawReads.drain(statement);
		}
	}

}
