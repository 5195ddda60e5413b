package gov.records.governance.schedules;

import gov.records.governance.shared.CsvErrors;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Schedule items as CSV. Writes the console's own layout; reads it back, and also reads
 * NARA's machine-implementable GRS layout as NARA publishes it ({@link Nara}, read by
 * {@link NaraRows}), recognised by its headers. Every row is checked before anything is
 * returned; row numbers are CSV records, counting the header as row 1 (a quoted cell may
 * span lines).
 */
final class ScheduleCsv {

	static final List<String> COLUMNS = List.of("schedule_code", "schedule_title", "schedule_kind", "item_number",
			"authority", "title", "disposition", "min_retention", "cutoff_rule", "scope", "effective_from",
			"effective_to", "superseded_by", "verify_against_nara");

	private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

	private ScheduleCsv() {
	}

	static String write(List<ScheduleItemRow> items) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
			for (ScheduleItemRow i : items) {
				csv.printRecord(i.scheduleCode(), i.scheduleTitle(), i.scheduleKind().name(), i.itemNumber(),
						text(i.authority()), i.title(), i.disposition().name(), text(i.minRetention()),
						text(i.cutoffRule()), text(i.scopeText()), i.effectiveFrom().toString(),
						(i.effectiveTo() != null) ? i.effectiveTo().toString() : "", text(i.supersededBy()),
						i.verifyAgainstNara() ? "true" : "false");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Parsed drafts with their row numbers; {@code problems} collects every unreadable
	 * value. The header is the first row that is not empty; rows whose cells are all
	 * empty are ignored (NARA's file ends with many), and so are columns without a name
	 * (a row may leave out trailing unnamed cells).
	 */
	static Parsed read(String text, LocalDate importDate) {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
			Iterator<CSVRecord> records = parser.iterator();
			CSVRecord header = null;
			while (header == null && records.hasNext()) {
				CSVRecord candidate = records.next();
				header = blank(candidate) ? null : candidate;
			}
			List<Problem> problems = new ArrayList<>();
			if (header == null) {
				return new Parsed("CSV", List.of(), List.of(Problem.file("The file has no header row.")), Map.of());
			}
			List<String> names = header.toList();
			Map<String, Integer> headers = normalizedHeaders(names, problems);
			Layout layout = problems.isEmpty() ? layout(headers, problems) : null;
			if (layout == null) {
				return new Parsed("CSV", List.of(), problems, Map.of());
			}
			List<Numbered> drafts = new ArrayList<>();
			Map<String, String> columns = Map.of();
			int named = headers.values().stream().mapToInt((i) -> i + 1).max().orElse(0);
			while (records.hasNext()) {
				CSVRecord record = records.next();
				int row = (int) record.getRecordNumber();
				if (blank(record)) {
					continue;
				}
				if (drafts.size() >= ScheduleFiles.MAX_ROWS) {
					problems.add(Problem.file("More than " + ScheduleFiles.MAX_ROWS + " rows; split the file."));
					break;
				}
				if (record.size() > names.size() || record.size() < named) {
					problems.add(new Problem(row, "",
							"has " + record.size() + " values but the header has " + names.size() + " columns"));
					continue;
				}
				CsvCells cells = new CsvCells(record, headers, names, row, problems);
				if (layout == Layout.CONSOLE) {
					drafts.add(new Numbered(row, console(cells), Set.of()));
				}
				else {
					drafts.add(NaraRows.read(cells, importDate));
					columns = NaraRows.columns(cells);
				}
			}
			if (drafts.isEmpty() && problems.isEmpty()) {
				problems.add(Problem.file("The file has a header but no rows."));
			}
			return new Parsed((layout == Layout.CONSOLE) ? "CSV (console layout)" : "CSV (NARA GRS layout)", drafts,
					problems, columns);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw CsvErrors.unreadable(ex);
		}
	}

	private enum Layout {

		CONSOLE, NARA

	}

	private static @Nullable Layout layout(Map<String, Integer> headers, List<Problem> problems) {
		if (headers.containsKey("schedulecode")) {
			List<String> missing = COLUMNS.stream().filter((c) -> !headers.containsKey(key(c))).toList();
			List<String> unknown = headers.keySet()
				.stream()
				.filter((h) -> COLUMNS.stream().noneMatch((c) -> key(c).equals(h)))
				.toList();
			missing.forEach((c) -> problems.add(new Problem(1, c, "missing column")));
			unknown.forEach((c) -> problems.add(new Problem(1, c, "unknown column")));
			return problems.isEmpty() ? Layout.CONSOLE : null;
		}
		boolean grsId = Nara.find(headers, Nara.GRS_ID) != null;
		if (grsId || (Nara.find(headers, Nara.SCHEDULE) != null && Nara.find(headers, Nara.ITEM) != null)) {
			if (Nara.find(headers, Nara.TITLE) == null) {
				problems.add(new Problem(1, "Record Title", "missing column"));
			}
			if (Nara.find(headers, Nara.DISPOSITION) == null && Nara.find(headers, Nara.INSTRUCTION) == null) {
				problems.add(new Problem(1, "Disposition", "missing column"));
			}
			return problems.isEmpty() ? Layout.NARA : null;
		}
		problems.add(new Problem(1, "", "the columns match neither the console's export (" + String.join(", ", COLUMNS)
				+ ") nor NARA's GRS layout (GRS ID, Record Title, Disposition, Retention (Years), ...)"));
		return null;
	}

	private static ScheduleItemDraft console(CsvCells c) {
		String code = c.get("schedule_code");
		return new ScheduleItemDraft(null, 0, code, orElse(c.get("schedule_title"), code), c.kind("schedule_kind"),
				c.get("item_number"), c.optional("authority"), c.get("title"), c.disposition("disposition"),
				c.optional("min_retention"), c.optional("cutoff_rule"), c.optional("scope"), c.date("effective_from"),
				c.date("effective_to"), c.optional("superseded_by"), c.bool("verify_against_nara"));
	}

	/** Normalised names to column indexes; unnamed columns are left out. */
	private static Map<String, Integer> normalizedHeaders(List<String> names, List<Problem> problems) {
		Map<String, Integer> headers = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String key = key(names.get(i));
			if (key.isEmpty()) {
				continue;
			}
			if (headers.putIfAbsent(key, i) != null) {
				problems.add(new Problem(1, names.get(i).strip(), "the column appears more than once"));
			}
		}
		return headers;
	}

	private static boolean blank(CSVRecord record) {
		return record.stream().allMatch((value) -> value == null || value.isBlank());
	}

	static String key(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static String orElse(@Nullable String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/**
	 * The drafts read from a file, each with the row it came from, what could not be
	 * read, and the file's own names for the draft's fields where they differ from the
	 * console's ({@code min_retention} is NARA's {@code Retention (Years)}).
	 */
	record Parsed(String format, List<Numbered> drafts, List<Problem> problems, Map<String, String> columns) {
	}

	/**
	 * A draft, its row number in the file, and the fields the file does not carry (kept
	 * from the existing item).
	 */
	record Numbered(int row, ScheduleItemDraft draft, Set<ImportMerge.Kept> kept) {
	}

}
