package gov.records.governance.reports.content;

import java.time.Instant;
import java.util.List;
import java.util.SequencedMap;
import org.jspecify.annotations.Nullable;

/**
 * A whole report. Everything but {@code generatedAt} is a function of the parameters and
 * the database as of {@code asOf}, so generating the same report again gives the same
 * content.
 *
 * @param type the report type's name
 * @param title the title
 * @param subject one sentence on what it shows
 * @param issuer the organization it covers (the PDF's author line)
 * @param from the start of the period, if the report covers one
 * @param asOf the moment the evidence is as of
 * @param parameters the request, as shown in the report and the JSON
 * @param generatedAt when it was made (the only part that differs between two runs)
 * @param parts the body
 */
public record ReportContent(String type, String title, String subject, String issuer, @Nullable Instant from,
		Instant asOf, SequencedMap<String, String> parameters, Instant generatedAt, List<ReportPart> parts) {

	public ReportContent {
		parts = List.copyOf(parts);
	}

	/** The tables, in order. */
	public List<DataTable> tables() {
		return this.parts.stream()
			.filter(ReportPart.Table.class::isInstance)
			.map((p) -> ((ReportPart.Table) p).table())
			.toList();
	}

	/** The charts, in order. */
	public List<ReportPart.Chart> charts() {
		return this.parts.stream()
			.filter(ReportPart.Chart.class::isInstance)
			.map(ReportPart.Chart.class::cast)
			.toList();
	}

}
