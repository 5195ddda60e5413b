package gov.records.governance.capstone;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file of NA-1005 forms, NARA's JSON (an array of objects, or one object) or the
 * same fields as CSV (a header row of NARA's field names, one row per form), recognised
 * by its first character. Every form is read; the problems of all of them are returned
 * together. A field name is matched after tidying its spacing; fields the console does
 * not keep are ignored.
 */
final class Na1005Files {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private static final Map<String, String> KNOWN = known();

	private Na1005Files() {
	}

	/** What a file held: its layout, the forms read, and every problem found. */
	record Parsed(String format, List<Na1005Form> forms, List<FormProblem> problems) {
	}

	static Parsed read(byte[] content) {
		if (content.length > MAX_BYTES) {
			return failed("file", "the file is larger than " + (MAX_BYTES / 1024 / 1024) + " MB");
		}
		String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
		String start = text.stripLeading();
		if (start.isEmpty()) {
			return failed("file", "the file is empty");
		}
		List<Map<String, String>> rows = new ArrayList<>();
		String format;
		String trouble;
		if (start.startsWith("[") || start.startsWith("{")) {
			format = "JSON";
			trouble = json(start, rows);
		}
		else {
			format = "CSV";
			trouble = csv(text, rows);
		}
		if (trouble != null) {
			return failed(format, trouble);
		}
		List<FormProblem> problems = new ArrayList<>();
		List<Na1005Form> forms = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			Na1005Form form = FormReader.read(i + 1, rows.get(i), problems);
			if (form != null && !numbers.add(form.number().toLowerCase(Locale.ROOT))) {
				problems.add(new FormProblem(i + 1, form.number(), Na1005.NUMBER,
						"the file holds this form number more than once"));
			}
			else if (form != null) {
				forms.add(form);
			}
		}
		if (rows.isEmpty()) {
			problems.add(new FormProblem(0, "", "file", "the file holds no form"));
		}
		return new Parsed(format, problems.isEmpty() ? forms : List.of(), problems);
	}

	private static Parsed failed(String format, String reason) {
		return new Parsed(format, List.of(), List.of(new FormProblem(0, "", "file", reason)));
	}

	private static String json(String text, List<Map<String, String>> rows) {
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			return "the file is not valid JSON"
					+ ((ex.getLocation() != null) ? " (line " + ex.getLocation().getLineNr() + ")" : "");
		}
		List<JsonNode> objects = new ArrayList<>();
		if (root.isObject()) {
			objects.add(root);
		}
		else if (root.isArray()) {
			root.forEach(objects::add);
		}
		for (int i = 0; i < objects.size(); i++) {
			JsonNode form = objects.get(i);
			if (!form.isObject()) {
				return "entry " + (i + 1) + " of the array is not an object";
			}
			Map<String, String> cells = new HashMap<>();
			for (var field : form.properties()) {
				String name = KNOWN.get(key(field.getKey()));
				JsonNode value = field.getValue();
				if (name != null && !value.isNull()) {
					cells.put(name, value.isValueNode() ? value.asString() : value.toString());
				}
			}
			rows.add(cells);
		}
		return null;
	}

	private static String csv(String text, List<Map<String, String>> rows) {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSV)) {
			List<CSVRecord> records = parser.getRecords();
			if (records.isEmpty()) {
				return "the file has no header row";
			}
			List<String> header = records.get(0).toList();
			Map<Integer, String> columns = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				String name = KNOWN.get(key(header.get(c)));
				if (name != null && columns.containsValue(name)) {
					return "the header names the column \"" + name + "\" twice";
				}
				if (name != null) {
					columns.put(c, name);
				}
			}
			if (!columns.containsValue(Na1005.NUMBER)) {
				return "the header has no column \"" + Na1005.NUMBER + "\" (NARA's NA-1005 field names are expected)";
			}
			for (CSVRecord record : records.subList(1, records.size())) {
				if (record.stream().allMatch(String::isBlank)) {
					continue;
				}
				Map<String, String> cells = new HashMap<>();
				columns.forEach((c, name) -> {
					if (c < record.size()) {
						cells.put(name, record.get(c));
					}
				});
				rows.add(cells);
			}
			return null;
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			return "the file is not readable CSV (" + ex.getMessage() + ")";
		}
	}

	private static String key(String name) {
		return PositionCell.normalize(name);
	}

	private static Map<String, String> known() {
		Map<String, String> names = new HashMap<>();
		Na1005.fields().forEach((name) -> names.put(key(name), name));
		return Map.copyOf(names);
	}

}
