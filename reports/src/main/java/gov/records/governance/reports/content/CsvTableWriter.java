package gov.records.governance.reports.content;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes one table as RFC 4180 CSV (UTF-8, CRLF line ends, a header row of column keys),
 * streaming its rows from the source.
 */
public final class CsvTableWriter {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

	private CsvTableWriter() {
	}

	/** The file name of a table inside a bundle. */
	public static String fileName(DataTable table) {
		return "tables/" + table.name() + ".csv";
	}

	/** Writes the table to {@code out} (flushed, not closed). */
	public static void write(DataTable table, OutputStream out) throws IOException {
		// buffered: the printer appends every delimiter and value on its own
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		CSVPrinter printer = new CSVPrinter(writer, FORMAT);
		printer.printRecord(table.columns().stream().map(Column::key).toList());
		try (Stream<List<@Nullable Object>> rows = table.rows().open()) {
			for (var iterator = rows.iterator(); iterator.hasNext();) {
				for (Object cell : iterator.next()) {
					printer.print(Cells.text(cell));
				}
				printer.println();
			}
		}
		printer.flush();
	}

}
