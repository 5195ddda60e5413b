package gov.records.governance.reports.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.compliance.Severity;
import gov.records.governance.reports.content.ReportPart;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, build 8: a chart whose values are all zero becomes "…: none." instead of a
 * blank frame, and a request without a recommendation says so instead of an empty line.
 */
class ReportPartsWithNothingToShowTest {

	private static final Instant AS_OF = Instant.parse("2026-11-30T00:00:00Z");

	@Test
	void aChartOfZerosSaysNone() {
		Map<Severity, Long> open = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			open.put(severity, 0L);
		}
		ReportPart part = ReportBuilder.chartOrNone(ReportBuilder.severityChart(open, AS_OF));

		assertThat(part).isInstanceOf(ReportPart.Text.class);
		assertThat(((ReportPart.Text) part).text()).isEqualTo("Open findings by severity: none.");
	}

	@Test
	void aChartWithOneValueIsDrawn() {
		Map<Severity, Long> open = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			open.put(severity, 0L);
		}
		open.put(Severity.values()[0], 2L);

		assertThat(ReportBuilder.chartOrNone(ReportBuilder.severityChart(open, AS_OF)))
			.isInstanceOf(ReportPart.Chart.class);
	}

	@Test
	void aMissingOrBlankRecommendationIsSaidInWords() {
		assertThat(ReportBuilder.recommendation(null)).isEqualTo("No recommendation was given with this request.");
		assertThat(ReportBuilder.recommendation("  ")).isEqualTo("No recommendation was given with this request.");
		assertThat(ReportBuilder.recommendation(" Turn capture on. ")).isEqualTo("Turn capture on.");
	}

}
