package gov.records.governance.reports.content;

/**
 * A table column.
 *
 * @param key the name in CSV headers and JSON objects
 * @param heading the heading in the PDF
 * @param inPdf whether the PDF shows it (wide columns such as JSON states and hashes stay
 * in the CSV and JSON files only)
 */
public record Column(String key, String heading, boolean inPdf) {

	public static Column of(String key, String heading) {
		return new Column(key, heading, true);
	}

	public static Column dataOnly(String key, String heading) {
		return new Column(key, heading, false);
	}

}
