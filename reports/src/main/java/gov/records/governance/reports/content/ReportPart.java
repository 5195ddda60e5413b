package gov.records.governance.reports.content;

import gov.records.governance.reports.render.BarChart;

/** One part of a report, in reading order. */
public sealed interface ReportPart {

	record Heading(String text) implements ReportPart {
	}

	record Text(String text) implements ReportPart {
	}

	record Table(DataTable table) implements ReportPart {
	}

	/**
	 * A chart: its data (in the JSON) and the SVG drawn from it on the server (in the
	 * PDF, the bundle and the console).
	 */
	record Chart(String name, String caption, BarChart data, String svg) implements ReportPart {
	}

}
