package gov.records.governance.reports.render;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** An evidence report like the ones the console produces, with generated groups. */
final class SampleReports {

	private static final String[] PLATFORMS = { "Microsoft Teams", "Slack", "Signal", "WhatsApp", "Wickr" };

	private static final String[] SETTINGS = { "Retain 7 years", "Auto-delete after 30 days",
			"Auto-delete after 24 hours", "Retain permanently", "Disappearing messages off" };

	private SampleReports() {
	}

	static ReportDocument evidenceReport(int groups) {
		SequencedMap<String, List<Number>> series = new LinkedHashMap<>();
		series.put("Compliant", List.of(412, 380, 51, 77, 12));
		series.put("Deletes too early", List.of(3, 41, 96, 58, 30));
		series.put("On legal hold", List.of(25, 14, 2, 4, 1));
		String chart = SvgCharts.barChart(
				new BarChart("Groups by platform and compliance", "Groups", List.of(PLATFORMS), series), 640, 320);
		return new ReportDocument(new ReportMetadata("Deletion settings evidence report",
				"Deletion settings of messaging groups against the records schedules", "Department of Civic Records",
				"records, retention, deletion settings, evidence", Instant.parse("2026-11-22T18:00:00Z")),
				List.of(new ReportBlock.Heading("Summary"), new ReportBlock.Paragraph(
						"This report lists the deletion setting of every messaging group in scope "
								+ "and whether it meets the records schedule that applies to it. Each row is backed by the "
								+ "audit log, whose checkpoint is included in the signed bundle."),
						new ReportBlock.Chart("Figure 1. Groups by platform and compliance status.", chart),
						new ReportBlock.Heading("Groups"),
						new ReportBlock.Table("Table 1. Deletion settings by group (" + groups + " groups)",
								List.of("#", "Group", "Platform", "Setting", "Schedule item", "Status"),
								rows(groups))));
	}

	static Stream<List<String>> rows(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> List.of(Integer.toString(i + 1), "Group " + (i + 1) + " \u2013 Field Office " + (i % 97),
					PLATFORMS[i % PLATFORMS.length], SETTINGS[(i / 3) % SETTINGS.length],
					"GRS 5.2 item " + (20 + i % 3), (i % 11 == 0) ? "Deletes too early" : "Compliant"));
	}

}
