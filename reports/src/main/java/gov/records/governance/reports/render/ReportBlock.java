package gov.records.governance.reports.render;

import java.util.List;
import java.util.stream.Stream;

/** One part of a report's body, in order. */
public sealed interface ReportBlock {

	/** A section heading. */
	record Heading(String text) implements ReportBlock {
	}

	/** A paragraph of plain text. */
	record Paragraph(String text) implements ReportBlock {
	}

	/**
	 * A table whose header repeats on every page. The rows are read once, while the
	 * document is built, so they can come straight from a database cursor.
	 *
	 * @param caption shown above the table
	 * @param columns the column headings
	 * @param rows the rows, each with one cell per column; consumed once and closed
	 */
	record Table(String caption, List<String> columns, Stream<List<String>> rows) implements ReportBlock {

		public Table {
			columns = List.copyOf(columns);
		}

	}

	/**
	 * A chart as SVG (from {@link SvgCharts}), drawn as vectors in the PDF.
	 *
	 * @param caption shown under the chart
	 * @param svg a standalone SVG document
	 */
	record Chart(String caption, String svg) implements ReportBlock {
	}

}
