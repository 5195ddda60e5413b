package gov.records.governance.reports.content;

import gov.records.governance.reports.render.PdfReportRenderer;
import gov.records.governance.reports.render.ReportBlock;
import gov.records.governance.reports.render.ReportDocument;
import gov.records.governance.reports.render.ReportMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the report as PDF/A-2b with the streaming renderer: the parameters first, then
 * the parts; tables show their {@link Column#inPdf()} columns.
 */
public final class PdfReportWriter {

	public static final String FILE_NAME = "report.pdf";

	private PdfReportWriter() {
	}

	public static void write(ReportContent report, PdfReportRenderer renderer, OutputStream out) throws IOException {
		ReportMetadata metadata = new ReportMetadata(report.title(), report.subject(), report.issuer(),
				"records management, federal records, " + report.type(), report.asOf());
		List<ReportBlock> blocks = new ArrayList<>();
		StringBuilder parameters = new StringBuilder();
		for (Map.Entry<String, String> parameter : report.parameters().entrySet()) {
			parameters.append((parameters.length() > 0) ? "; " : "")
				.append(parameter.getKey())
				.append(": ")
				.append(parameter.getValue());
		}
		blocks.add(new ReportBlock.Paragraph(parameters + ". Generated " + report.generatedAt() + "."));
		for (ReportPart part : report.parts()) {
			blocks.add(switch (part) {
				case ReportPart.Heading heading -> new ReportBlock.Heading(heading.text());
				case ReportPart.Text text -> new ReportBlock.Paragraph(text.text());
				case ReportPart.Table table -> table(table.table());
				case ReportPart.Chart chart -> new ReportBlock.Chart(chart.caption(), chart.svg());
			});
		}
		renderer.render(new ReportDocument(metadata, blocks), out);
	}

	private static ReportBlock.Table table(DataTable table) {
		List<Integer> shown = new ArrayList<>();
		for (int i = 0; i < table.columns().size(); i++) {
			if (table.columns().get(i).inPdf()) {
				shown.add(i);
			}
		}
		List<String> headings = shown.stream().map((i) -> table.columns().get(i).heading()).toList();
		// opened lazily, when the renderer reaches the table: one cursor open at a time
		return new ReportBlock.Table(table.caption(), headings,
				Stream.of(table.rows())
					.flatMap(RowSource::open)
					.map((row) -> shown.stream().map((i) -> Cells.display(row.get(i))).toList()));
	}

}
