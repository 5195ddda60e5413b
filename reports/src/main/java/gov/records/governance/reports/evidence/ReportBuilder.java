package gov.records.governance.reports.evidence;

import gov.records.governance.audit.AuditRecord;
import gov.records.governance.audit.ChainVerification;
import gov.records.governance.audit.ChainVerifier;
import gov.records.governance.audit.CheckpointService;
import gov.records.governance.audit.SignedCheckpoint;
import gov.records.governance.compliance.ComplianceHistory;
import gov.records.governance.compliance.Severity;
import gov.records.governance.groups.MembershipScan;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.reports.content.Column;
import gov.records.governance.reports.content.DataTable;
import gov.records.governance.reports.content.ReportContent;
import gov.records.governance.reports.content.ReportPart;
import gov.records.governance.reports.content.RowSource;
import gov.records.governance.reports.render.BarChart;
import gov.records.governance.reports.render.SvgCharts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds each report type's content from the evidence. Small figures (summaries, trends)
 * are computed here; the large tables stay queries that each format runs through a
 * cursor.
 */
@Component
public class ReportBuilder {

	/** Trend points: weekly over the last 90 days, or evenly over a period. */
	static final int TREND_POINTS = 13;

	private final JdbcTemplate jdbc;

	private final OrganizationService organizations;

	private final CheckpointService log;

	private final MembershipScan memberships;

	private final ComplianceHistory history;

	private final gov.records.governance.capstone.Reconciliation reconciliation;

	ReportBuilder(DataSource dataSource, OrganizationService organizations, CheckpointService log,
			MembershipScan memberships, ComplianceHistory history,
			gov.records.governance.capstone.Reconciliation reconciliation) {
		this.reconciliation = reconciliation;
		this.memberships = memberships;
		this.history = history;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(500);
		this.organizations = organizations;
		this.log = log;
	}

	public ReportContent build(ReportSpec spec) {
		EvidenceTables tables = new EvidenceTables(this.jdbc, spec.scope(), this.memberships);
		EvidenceFigures figures = new EvidenceFigures(this.jdbc, spec.scope());
		HistoricalFindings derived = new HistoricalFindings(this.jdbc, this.history, spec.scope(), spec.asOf());
		List<ReportPart> parts = switch (spec.type()) {
			case DEPLOYMENT_STATUS -> deploymentStatus(spec, figures, derived);
			case RECORDS_COMPLIANCE -> recordsCompliance(spec, tables, figures, derived);
			case UNAUTHORIZED_DISPOSITION -> disposition(spec, tables);
			case REMEDIATION -> remediation(spec, tables, figures, derived);
			case AUDIT_EXTRACT -> auditExtract(spec);
		};
		return new ReportContent(spec.type().name(), spec.type().title(), subject(spec),
				spec.scope().organizationName(), spec.type().coversPeriod() ? spec.from() : null, spec.asOf(),
				spec.parameters(), spec.generatedAt(), parts);
	}

	/** The two charts the console shows on the Reports view, for a scope and moment. */
	public List<ReportPart.Chart> overviewCharts(ReportScope scope, Instant asOf) {
		EvidenceFigures figures = new EvidenceFigures(this.jdbc, scope);
		return List.of(trendChart(figures.trend(asOf.minus(Duration.ofDays(84)), asOf, TREND_POINTS)),
				severityChart(figures.openFindings(asOf), asOf));
	}

	private static String subject(ReportSpec spec) {
		return switch (spec.type()) {
			case DEPLOYMENT_STATUS -> "Deployment of governed messaging as of " + spec.asOf();
			case RECORDS_COMPLIANCE -> "Records schedules, policies, settings, holds, findings and changes from "
					+ spec.from() + " to " + spec.asOf();
			case UNAUTHORIZED_DISPOSITION -> "Report of unauthorized disposition of federal records";
			case REMEDIATION -> "Evidence of remediation from " + spec.from() + " to " + spec.asOf();
			case AUDIT_EXTRACT -> "Audit log events from " + spec.from() + " to " + spec.asOf();
		};
	}

	private List<ReportPart> deploymentStatus(ReportSpec spec, EvidenceFigures figures, HistoricalFindings derived) {
		// the trend first: its last point is the summary's coverage, counted once
		List<EvidenceFigures.Coverage> trend = figures.trend(spec.asOf().minus(Duration.ofDays(84)), spec.asOf(),
				TREND_POINTS);
		List<ReportPart> parts = new ArrayList<>();
		parts.add(new ReportPart.Heading("Summary"));
		parts.add(new ReportPart.Table(summary(figures, spec.asOf(), derived)));
		parts.add(chartOrNone(severityChart(derived.addTo(figures.openFindings(spec.asOf())), spec.asOf())));
		parts.add(new ReportPart.Text(findingsNote(spec.asOf(), derived)));
		parts.add(new ReportPart.Heading("Components and platforms"));
		parts.add(new ReportPart.Text("Accounts are counted as they are now: the console keeps no history of "
				+ "account status. Groups, settings and findings are as of " + spec.asOf() + "."));
		parts.add(new ReportPart.Table(
				new DeploymentTable(this.jdbc, spec.scope(), this.organizations.fullTree()).table(spec.asOf())));
		parts.add(new ReportPart.Table(DeploymentTable.platforms(this.jdbc)));
		parts.add(new ReportPart.Heading("Trend over the last 90 days"));
		parts.add(chartOrNone(trendChart(trend)));
		parts.add(new ReportPart.Table(trendTable(trend, figures)));
		return parts;
	}

	private List<ReportPart> recordsCompliance(ReportSpec spec, EvidenceTables tables, EvidenceFigures figures,
			HistoricalFindings derived) {
		// the trend first: its last point is the summary's coverage, counted once
		List<EvidenceFigures.Coverage> trend = figures.trend(spec.from(), spec.asOf(), TREND_POINTS);
		List<ReportPart> parts = new ArrayList<>();
		parts.add(new ReportPart.Heading("Summary"));
		parts.add(new ReportPart.Table(summary(figures, spec.asOf(), derived)));
		parts.add(chartOrNone(severityChart(derived.addTo(figures.openFindings(spec.asOf())), spec.asOf())));
		parts.add(chartOrNone(trendChart(trend)));
		parts.add(new ReportPart.Heading("Records schedules in force"));
		parts.add(new ReportPart.Table(tables.schedules(spec.asOf())));
		parts.add(new ReportPart.Table(tables.assignments(spec.asOf())));
		parts.add(new ReportPart.Heading("Effective policy and actual settings of every group"));
		parts.add(new ReportPart.Text(POLICY_NOTE));
		parts.add(new ReportPart.Table(tables.groups(spec.asOf(), policies(spec.asOf()), derived)));
		parts.add(new ReportPart.Heading("Legal holds"));
		parts.add(new ReportPart.Table(tables.holds(spec.from(), spec.asOf())));
		CapstoneEvidence capstone = new CapstoneEvidence(this.jdbc, this.reconciliation);
		parts.add(new ReportPart.Heading("Capstone designations (NA-1005) and retention locks"));
		parts.add(new ReportPart.Table(capstone.forms(spec.asOf())));
		parts.add(new ReportPart.Table(capstone.designations(spec.asOf())));
		parts.add(new ReportPart.Table(capstone.reconciliation(spec.asOf())));
		parts.add(new ReportPart.Table(capstone.locks(spec.asOf())));
		parts.add(new ReportPart.Heading("Findings"));
		parts.add(new ReportPart.Text(findingsNote(spec.asOf(), derived)));
		parts.add(new ReportPart.Table(tables.findings(spec.from(), spec.asOf(), derived)));
		parts.add(new ReportPart.Heading("Settings changes"));
		parts.add(new ReportPart.Table(tables.changes(spec.from(), spec.asOf(), null)));
		return parts;
	}

	private List<ReportPart> remediation(ReportSpec spec, EvidenceTables tables, EvidenceFigures figures,
			HistoricalFindings derived) {
		List<ReportPart> parts = new ArrayList<>();
		parts.add(new ReportPart.Heading("Recommendation"));
		parts.add(new ReportPart.Text(recommendation(spec.recommendation())));
		parts.add(new ReportPart.Heading("Coverage over the period"));
		List<EvidenceFigures.Coverage> trend = figures.trend(spec.from(), spec.asOf(), TREND_POINTS);
		parts.add(chartOrNone(trendChart(trend)));
		parts.add(new ReportPart.Table(trendTable(trend, figures)));
		parts.add(new ReportPart.Heading("Compliance per group at the end of the period"));
		parts.add(new ReportPart.Text(POLICY_NOTE));
		parts.add(new ReportPart.Table(tables.groups(spec.asOf(), policies(spec.asOf()), derived)));
		parts.add(new ReportPart.Heading("Changes made"));
		parts.add(new ReportPart.Table(tables.changes(spec.from(), spec.asOf(), null)));
		parts.add(new ReportPart.Text(findingsNote(spec.asOf(), derived)));
		parts.add(new ReportPart.Table(tables.findings(spec.from(), spec.asOf(), derived)));
		return parts;
	}

	private List<ReportPart> disposition(ReportSpec spec, EvidenceTables tables) {
		ReportSpec.SignedDisposition signed = spec.disposition();
		if (signed == null) {
			throw new IllegalArgumentException("an unauthorized-disposition report needs a signed-off draft");
		}
		DispositionElements e = signed.elements();
		List<ReportPart> parts = new ArrayList<>();
		parts.add(new ReportPart.Text("Report to the National Archives and Records Administration under "
				+ "36 CFR 1230.14 concerning finding #" + signed.findingId() + "."));
		parts.add(new ReportPart.Heading("1. Description of the records (volume and dates)"));
		parts.add(new ReportPart.Text(e.records()));
		parts.add(new ReportPart.Heading("2. Office maintaining the records"));
		parts.add(new ReportPart.Text(e.office()));
		parts.add(new ReportPart.Heading("3. Circumstances of the disposition"));
		parts.add(new ReportPart.Text(e.circumstances()));
		parts.add(new ReportPart.Heading("4. Safeguards now in place"));
		parts.add(new ReportPart.Text(e.safeguards()));
		parts.add(new ReportPart.Heading("5. Recovery steps"));
		parts.add(new ReportPart.Text(e.recovery()));
		parts.add(new ReportPart.Heading("Sign-off"));
		parts.add(new ReportPart.Text(
				"Signed off by records officer " + signed.signedOffBy() + " on " + signed.signedOffAt() + "."));
		if (signed.groupId() != null) {
			parts.add(new ReportPart.Heading("Supporting evidence: settings history of the group"));
			parts.add(new ReportPart.Table(tables.changes(Instant.EPOCH, spec.asOf(), signed.groupId())));
		}
		return parts;
	}

	private List<ReportPart> auditExtract(ReportSpec spec) {
		Long lastSeq = this.jdbc.queryForObject("select max(seq) from audit_event where occurred_at <= ?", Long.class,
				Rows.at(spec.asOf()));
		long end = (lastSeq != null) ? lastSeq : 0;
		ChainVerifier verifier = new ChainVerifier();
		this.jdbc.query("select " + AUDIT_COLUMNS + " from audit_event where seq <= ? order by seq", (rs) -> {
			verifier.accept(auditRecord(rs));
		}, end);
		ChainVerification chain = verifier.result();
		SignedCheckpoint checkpoint = this.log.at(end);
		List<List<@Nullable Object>> facts = new ArrayList<>();
		facts.add(fact("Chain verification", chain.summary()));
		facts.add(fact("Events checked (from the first to the last one by the end of the period)",
				chain.eventsChecked()));
		facts.add(fact("Merkle tree size at the end of the period", end));
		facts.add(fact("Merkle root at that size (base64)", checkpoint.rootHash().toBase64()));
		facts.add(fact("Log origin", this.log.origin()));
		List<ReportPart> parts = new ArrayList<>();
		parts.add(new ReportPart.Heading("Verification"));
		parts.add(new ReportPart.Text("The whole hash chain up to the end of the period was recomputed from the "
				+ "stored events. The Merkle root below is the root of the first " + end + " events; the signed "
				+ "checkpoint of that size, which any C2SP tool verifies with the published key, follows."));
		parts.add(new ReportPart.Table(new DataTable("verification", "Chain and tree",
				List.of(Column.of("item", "Item"), Column.of("value", "Value")), RowSource.of(facts))));
		parts.add(new ReportPart.Text(checkpoint.text()));
		parts.add(new ReportPart.Heading("Events"));
		parts.add(new ReportPart.Table(auditEvents(spec.from(), spec.asOf())));
		return parts;
	}

	private DataTable auditEvents(Instant from, Instant asOf) {
		return new DataTable("events", "Audit events in the period",
				List.of(Column.of("seq", "#"), Column.of("occurredAt", "When"), Column.of("actor", "Actor"),
						Column.of("actorRole", "Role"), Column.dataOnly("orgScope", "Scope"),
						Column.of("action", "Action"), Column.dataOnly("targetType", "Target type"),
						Column.of("targetId", "Target"), Column.dataOnly("before", "Before"),
						Column.dataOnly("after", "After"), Column.of("reason", "Reason"),
						Column.dataOnly("clientAddress", "From"), Column.dataOnly("prevHash", "Previous hash"),
						Column.dataOnly("hash", "Hash")),
				() -> this.jdbc.queryForStream("select " + AUDIT_COLUMNS
						+ " from audit_event where occurred_at > ? and occurred_at <= ?" + " order by seq", (rs, n) -> {
							AuditRecord r = auditRecord(rs);
							return Rows.row(r.seq(), r.occurredAt(), r.actor(), r.actorRole(), r.orgScope(), r.action(),
									r.targetType(), r.targetId(), r.before(), r.after(), r.reason(), r.clientAddress(),
									r.prevHash(), r.hash());
						}, Rows.at(from), Rows.at(asOf)));
	}

	private static final String AUDIT_COLUMNS = "seq, occurred_at, actor, actor_role, org_scope, action, target_type, "
			+ "target_id, before_state, after_state, reason, client_address, prev_hash, hash";

	private static final String POLICY_NOTE = "The required retention is the effective policy as of the date, "
			+ "with the engine's precedence: a hold beats every schedule; a group's own assignment beats its "
			+ "organization's, the nearest organization beats its ancestors, role categories apply last; the longest "
			+ "retention wins within a level; unscheduled records count as permanent. Schedule assignments removed "
			+ "since the date and accounts' role categories have no history and are taken as they are now.";

	private static AuditRecord auditRecord(ResultSet rs) throws SQLException {
		return new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
	}

	private Supplier<AsOfPolicies> policies(Instant asOf) {
		return () -> AsOfPolicies.load(this.jdbc, this.organizations.fullTree(), asOf);
	}

	/**
	 * Where the findings come from: the runs since the engine first ran, and for the rest
	 * the rules evaluated on the history in force at the as-of moment.
	 */
	static String findingsNote(Instant asOf, HistoricalFindings derived) {
		Instant firstRun = derived.firstRun();
		String runs = (firstRun == null) ? "The compliance engine has not run yet. "
				: "The compliance engine first ran at " + firstRun + "; a finding a run observed keeps its own times. ";
		long unobserved = derived.unobserved().size();
		return runs + "Findings marked \"" + HistoricalFindings.DERIVED + "\" (" + unobserved + " here) held at " + asOf
				+ " but no run observed them: they come from evaluating the rules on the settings, schedule items, "
				+ "assignments and holds in force at that moment. Live settings (drift) and accounts have no history and "
				+ "are not derived; capture health is the last report, counted as fresh if it came later; accounts' "
				+ "role categories and memberships are taken as they are now.";
	}

	private static DataTable summary(EvidenceFigures figures, Instant asOf, HistoricalFindings derived) {
		EvidenceFigures.Coverage coverage = figures.coverage(asOf);
		Map<Severity, Long> open = derived.addTo(figures.openFindings(asOf));
		List<List<@Nullable Object>> rows = new ArrayList<>();
		rows.add(fact("Groups", coverage.groups()));
		rows.add(fact("Groups with auto-delete on", coverage.autoDelete()));
		rows.add(fact("Groups with capture on", coverage.captured()));
		rows.add(fact("Groups whose messages are kept or captured (%)", coverage.retainedPercent()));
		for (Map.Entry<Severity, Long> entry : open.entrySet()) {
			rows.add(fact("Open findings, " + entry.getKey().label().toLowerCase(java.util.Locale.ROOT),
					entry.getValue()));
		}
		rows.add(
				fact("Open findings " + HistoricalFindings.DERIVED + " (included above)", derived.unobserved().size()));
		return new DataTable("summary", "Summary as of " + asOf,
				List.of(Column.of("item", "Item"), Column.of("value", "Value")), RowSource.of(rows));
	}

	private static DataTable trendTable(List<EvidenceFigures.Coverage> trend, EvidenceFigures figures) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (EvidenceFigures.Coverage point : trend) {
			long open = figures.openFindings(point.at()).values().stream().mapToLong(Long::longValue).sum();
			rows.add(List.of(point.at(), point.groups(), point.autoDelete(), point.captured(), point.retained(),
					point.retainedPercent(), open));
		}
		return new DataTable("trend", "Coverage over time",
				List.of(Column.of("at", "At"), Column.of("groups", "Groups"), Column.of("autoDelete", "Auto-delete"),
						Column.of("captured", "Captured"), Column.of("retained", "Kept or captured"),
						Column.of("retainedPercent", "Kept or captured (%)"),
						Column.of("openFindings", "Open findings observed by runs")),
				RowSource.of(rows));
	}

	static ReportPart.Chart trendChart(List<EvidenceFigures.Coverage> trend) {
		List<String> days = new ArrayList<>();
		List<Number> retained = new ArrayList<>();
		List<Number> autoDelete = new ArrayList<>();
		for (EvidenceFigures.Coverage point : trend) {
			days.add(LocalDate.ofInstant(point.at(), ZoneOffset.UTC).toString().substring(5));
			retained.add(point.retainedPercent());
			autoDelete.add(point.autoDeletePercent());
		}
		SequencedMap<String, List<Number>> series = new LinkedHashMap<>();
		series.put("Kept or captured (%)", retained);
		series.put("Auto-delete on (%)", autoDelete);
		BarChart chart = new BarChart("Coverage over time", "% of groups", days, series);
		return new ReportPart.Chart("coverage",
				"Share of groups whose messages are kept or captured, and share "
						+ "with auto-delete on, at each date (month-day, UTC)",
				// 672 px are 504 pt in the PDF: inside the 509 pt between the margins
				chart, SvgCharts.barChart(chart, 672, 280));
	}

	/**
	 * The chart, or where every value is zero the sentence "…: none." (a blank chart
	 * reads as a rendering failure).
	 */
	static ReportPart chartOrNone(ReportPart.Chart chart) {
		return chart.data().allZero() ? new ReportPart.Text(chart.data().noneText()) : chart;
	}

	/** The recommendation as given, or a plain sentence when none was. */
	static String recommendation(@Nullable String given) {
		return (given == null || given.isBlank()) ? "No recommendation was given with this request." : given.strip();
	}

	static ReportPart.Chart severityChart(Map<Severity, Long> open, Instant asOf) {
		List<String> labels = new ArrayList<>();
		List<Number> counts = new ArrayList<>();
		open.forEach((severity, count) -> {
			labels.add(severity.label());
			counts.add(count);
		});
		SequencedMap<String, List<Number>> series = new LinkedHashMap<>();
		series.put("Open findings", counts);
		BarChart chart = new BarChart("Open findings by severity", "findings", labels, series);
		return new ReportPart.Chart("findings_by_severity", "Findings open as of " + asOf + ", by severity", chart,
				SvgCharts.barChart(chart, 520, 280));
	}

	private static List<@Nullable Object> fact(String item, @Nullable Object value) {
		return Rows.row(item, value);
	}

}
