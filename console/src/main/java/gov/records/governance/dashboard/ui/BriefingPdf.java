package gov.records.governance.dashboard.ui;

import gov.records.governance.backends.SyncStatus;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.dashboard.DashboardFigures;
import gov.records.governance.dashboard.PlatformFigures;
import gov.records.governance.dashboard.Scorecard;
import gov.records.governance.reports.render.PdfReportRenderer;
import gov.records.governance.reports.render.ReportBlock;
import gov.records.governance.reports.render.ReportDocument;
import gov.records.governance.reports.render.ReportMetadata;
import gov.records.governance.reports.render.SvgCharts;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dashboard as a one-page briefing PDF (issue 14, build 1): the same figures the
 * viewer's dashboard shows, counted at the same moment (the PDF is built from the figures
 * the page was drawn from), laid out and its trend drawn by the reports' renderer
 * ({@link PdfReportRenderer}, {@link SvgCharts}). Times in UTC only, as in every document
 * that is handed on (DD059).
 */
final class BriefingPdf {

	static final String TITLE = "Records compliance briefing";

	static final List<String> SCORECARD_COLUMNS = List.of("Scope", "Groups", "Compliant", "Critical", "High",
			"Auto-deleting without capture", "Drifted", "Unsanctioned-app accounts", "Capture coverage");

	private BriefingPdf() {
	}

	/** The most components the one page lists, in the dashboard's order. */
	static final int COMPONENTS = 10;

	/** The most platforms the one page lists (those needing attention first). */
	static final int PLATFORMS = 5;

	static void write(DashboardFigures figures, String scopeName, PdfReportRenderer renderer, OutputStream out)
			throws IOException {
		renderer.render(document(figures, scopeName), out);
	}

	static ReportDocument document(DashboardFigures figures, String scopeName) {
		List<ReportBlock> blocks = new ArrayList<>();
		String past = figures.past() ? " Platform health and the last good sync are kept for the present only: they"
				+ " are shown as they were when this briefing was drawn." : "";
		if (!figures.findingsKnown() || !figures.settingsKnown()) {
			past += " The console's history does not reach back to that day for the figures marked not known.";
		}
		blocks.add(new ReportBlock.Paragraph(
				"The dashboard of " + scopeName + " as of " + Formats.utc(figures.asOf()) + "." + past
						+ " Compliant: groups without an open critical or high finding. Capture coverage: groups whose "
						+ "capture for records is configured on. Changes waiting for approval: "
						+ Formats.number(figures.pendingApprovals()) + ". Active legal holds: "
						+ Formats.number(figures.activeHolds()) + "."));
		List<List<String>> rows = new ArrayList<>();
		rows.add(known(row("All in scope", figures.total()), figures));
		if (figures.components().size() > 1) {
			figures.components()
				.stream()
				.limit(COMPONENTS)
				.forEach((card) -> rows.add(known(row(card.component().name(), card), figures)));
		}
		blocks.add(new ReportBlock.Table("Scorecards", SCORECARD_COLUMNS, rows.stream()));
		if (figures.components().size() > COMPONENTS) {
			blocks.add(new ReportBlock.Paragraph(Formats.number(figures.components().size() - COMPONENTS)
					+ " more components, all shown on the dashboard."));
		}
		List<Long> trend = figures.total().trend();
		long first = trend.isEmpty() ? 0 : trend.getFirst();
		long last = trend.isEmpty() ? 0 : trend.getLast();
		blocks.add(new ReportBlock.Chart("Open critical and high findings, "
				+ (figures.past() ? "90 days to " + figures.day() : "last 90 days") + ": " + Formats.number(first)
				+ " then, " + Formats.number(last) + (figures.past() ? " on " + figures.day() : " today"),
				SvgCharts.sparkline(trend, 480, 60)));
		// one page: the platforms that need attention first, at most PLATFORMS of them
		List<PlatformFigures> platforms = figures.platforms()
			.stream()
			.sorted(Comparator.comparing((PlatformFigures p) -> p.health().status() == SyncStatus.OK)
				.thenComparing((PlatformFigures p) -> -p.driftInScope()))
			.toList();
		blocks.add(new ReportBlock.Table("Platforms", List.of("Platform", figures.past() ? "Health (now)" : "Health",
				figures.past() ? "Last good sync (now)" : "Last good sync", "Groups in scope", "Drifted in scope"),
				platforms.stream().limit(PLATFORMS).map(BriefingPdf::platform)));
		if (platforms.size() > PLATFORMS) {
			blocks.add(new ReportBlock.Paragraph(
					Formats.number(platforms.size() - PLATFORMS) + " more platforms, all shown on the dashboard."));
		}
		return new ReportDocument(
				new ReportMetadata(TITLE,
						"Records compliance of " + scopeName + ": the console's dashboard on one page",
						"Records Governance Console", "records compliance, dashboard, briefing", figures.asOf()),
				blocks);
	}

	/**
	 * A row with "not known" in the cells a past day's history cannot give (DD080): the
	 * findings' before the first check, the settings' before the earliest kept version.
	 */
	static List<String> known(List<String> row, DashboardFigures figures) {
		List<String> cells = new ArrayList<>(row);
		if (!figures.settingsKnown()) {
			for (int i : new int[] { 1, 2, 5, 8 }) {
				cells.set(i, "not known");
			}
		}
		if (!figures.findingsKnown()) {
			for (int i : new int[] { 2, 3, 4, 6, 7 }) {
				cells.set(i, "not known");
			}
		}
		return cells;
	}

	/** One scorecard's cells, in {@link #SCORECARD_COLUMNS}' order. */
	static List<String> row(String scope, Scorecard card) {
		return Stream
			.of(scope, Formats.number(card.groups()), card.compliancePercent() + "%", Formats.number(card.critical()),
					Formats.number(card.high()), Formats.number(card.autoDeleteWithoutCapture()),
					Formats.number(card.drifted()), Formats.number(card.unsanctionedAccounts()),
					card.capturePercent() + "%")
			.toList();
	}

	private static List<String> platform(PlatformFigures p) {
		return List.of(p.health().platform().name() + (p.health().platform().sanctioned() ? "" : " (unsanctioned)"),
				p.health().status().label(),
				(p.health().status() == SyncStatus.NOT_CONNECTED) ? "no backend connection"
						: (p.health().lastSuccessAt() != null) ? Formats.utc(p.health().lastSuccessAt()) : "never",
				Formats.number(p.groupsInScope()), Formats.number(p.driftInScope()));
	}

}
