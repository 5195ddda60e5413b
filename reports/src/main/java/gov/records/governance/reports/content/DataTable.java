package gov.records.governance.reports.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of a report.
 *
 * @param name the file name of its CSV ({@code tables/<name>.csv}) and its key in JSON
 * @param caption shown above it in the PDF
 * @param columns its columns
 * @param rows its rows, opened once per format
 */
public record DataTable(String name, String caption, List<Column> columns, RowSource rows) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	public DataTable {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("a table name is lower case letters, digits and _: " + name);
		}
		columns = List.copyOf(columns);
	}

}
