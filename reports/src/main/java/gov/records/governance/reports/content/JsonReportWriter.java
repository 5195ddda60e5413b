package gov.records.governance.reports.content;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the whole report as one JSON document, streaming table rows: a {@code report}
 * header (type, title, period, parameters, generation time), then {@code sections} in
 * reading order: headings, text, tables (rows as objects keyed by column) and charts
 * (their data).
 */
public final class JsonReportWriter {

	public static final String FILE_NAME = "report.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonReportWriter() {
	}

	/** Writes the report to {@code out} (flushed, not closed). */
	public static void write(ReportContent report, OutputStream out) {
		try (JsonGenerator json = JSON.createGenerator(new NonClosing(out))) {
			json.writeStartObject();
			json.writeName("report");
			json.writeStartObject();
			json.writeStringProperty("type", report.type());
			json.writeStringProperty("title", report.title());
			json.writeStringProperty("subject", report.subject());
			json.writeStringProperty("organization", report.issuer());
			json.writeName("from");
			cell(json, report.from());
			json.writeStringProperty("asOf", report.asOf().toString());
			json.writeName("parameters");
			json.writeStartObject();
			for (Map.Entry<String, String> parameter : report.parameters().entrySet()) {
				json.writeStringProperty(parameter.getKey(), parameter.getValue());
			}
			json.writeEndObject();
			json.writeStringProperty("generatedAt", report.generatedAt().toString());
			json.writeEndObject();
			json.writeName("sections");
			json.writeStartArray();
			for (ReportPart part : report.parts()) {
				part(json, part);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	private static void part(JsonGenerator json, ReportPart part) {
		json.writeStartObject();
		switch (part) {
			case ReportPart.Heading heading -> json.writeStringProperty("heading", heading.text());
			case ReportPart.Text text -> json.writeStringProperty("text", text.text());
			case ReportPart.Table table -> table(json, table.table());
			case ReportPart.Chart chart -> chart(json, chart);
		}
		json.writeEndObject();
	}

	private static void table(JsonGenerator json, DataTable table) {
		json.writeStringProperty("table", table.name());
		json.writeStringProperty("caption", table.caption());
		json.writeName("columns");
		json.writeStartArray();
		for (Column column : table.columns()) {
			json.writeStartObject();
			json.writeStringProperty("key", column.key());
			json.writeStringProperty("heading", column.heading());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeName("rows");
		json.writeStartArray();
		List<Column> columns = table.columns();
		try (Stream<List<@Nullable Object>> rows = table.rows().open()) {
			for (var iterator = rows.iterator(); iterator.hasNext();) {
				List<@Nullable Object> row = iterator.next();
				json.writeStartObject();
				for (int i = 0; i < columns.size(); i++) {
					json.writeName(columns.get(i).key());
					cell(json, row.get(i));
				}
				json.writeEndObject();
			}
		}
		json.writeEndArray();
	}

	private static void chart(JsonGenerator json, ReportPart.Chart chart) {
		json.writeStringProperty("chart", chart.name());
		json.writeStringProperty("caption", chart.caption());
		json.writeStringProperty("title", chart.data().title());
		json.writeStringProperty("measure", chart.data().yAxisTitle());
		json.writeName("categories");
		json.writeStartArray();
		chart.data().categories().forEach(json::writeString);
		json.writeEndArray();
		json.writeName("series");
		json.writeStartObject();
		chart.data().series().forEach((name, values) -> {
			json.writeName(name);
			json.writeStartArray();
			values.forEach((value) -> cell(json, value));
			json.writeEndArray();
		});
		json.writeEndObject();
	}

	private static void cell(JsonGenerator json, @Nullable Object cell) {
		switch (cell) {
			case null -> json.writeNull();
			case Boolean bool -> json.writeBoolean(bool);
			case Long number -> json.writeNumber(number);
			case Integer number -> json.writeNumber(number);
			case BigDecimal number -> json.writeNumber(number);
			case Double number -> json.writeNumber(BigDecimal.valueOf(number));
			default -> json.writeString(Cells.text(cell));
		}
	}

	/** Lets the generator flush without closing the zip entry it writes into. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws java.io.IOException {
			flush();
		}

	}

}
