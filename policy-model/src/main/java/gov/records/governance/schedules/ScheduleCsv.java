package gov.records.governance.schedules;

import gov.records.governance.shared.Problem;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
 * NARA's machine-implementable GRS layout (GRS number, item number, disposition
 * authority, retention in years, retention and event type, disposition, disposition
 * instruction), recognised by its headers. Every row is checked before anything is
 * returned; row numbers count the header as row 1.
 */
final class ScheduleCsv {

	static final List<String> COLUMNS = List.of("schedule_code", "schedule_title", "schedule_kind", "item_number",
			"authority", "title", "disposition", "min_retention", "cutoff_rule", "scope", "effective_from",
			"effective_to", "superseded_by", "verify_against_nara");

	private static final CSVFormat READ = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

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
	 * value.
	 */
	static Parsed read(String text, LocalDate importDate) {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
			Map<String, Integer> headers = normalizedHeaders(parser.getHeaderNames());
			List<Problem> problems = new ArrayList<>();
			Layout layout = layout(headers, problems);
			if (layout == null) {
				return new Parsed("CSV", List.of(), problems);
			}
			List<Numbered> drafts = new ArrayList<>();
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber() + 1;
				if (drafts.size() >= ScheduleFiles.MAX_ROWS) {
					problems.add(Problem.file("More than " + ScheduleFiles.MAX_ROWS + " rows; split the file."));
					break;
				}
				if (!record.isConsistent()) {
					problems.add(new Problem(row, "",
							"has " + record.size() + " values but the header has " + headers.size() + " columns"));
					continue;
				}
				Cells cells = new Cells(record, headers, row, problems);
				drafts.add(new Numbered(row, (layout == Layout.CONSOLE) ? console(cells) : nara(cells, importDate)));
			}
			if (drafts.isEmpty() && problems.isEmpty()) {
				problems.add(Problem.file("The file has a header but no rows."));
			}
			return new Parsed((layout == Layout.CONSOLE) ? "CSV (console layout)" : "CSV (NARA GRS layout)", drafts,
					problems);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new ValidationException("The file is not readable as CSV: " + ex.getMessage());
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
		if (Nara.find(headers, Nara.SCHEDULE) != null && Nara.find(headers, Nara.ITEM) != null
				&& Nara.find(headers, Nara.AUTHORITY) != null) {
			return Layout.NARA;
		}
		problems.add(new Problem(1, "", "the columns match neither the console's export (" + String.join(", ", COLUMNS)
				+ ") nor NARA's GRS layout (GRS number, item number, disposition authority, ...)"));
		return null;
	}

	private static ScheduleItemDraft console(Cells c) {
		String code = c.get("schedule_code");
		return new ScheduleItemDraft(null, 0, code, orElse(c.get("schedule_title"), code), c.kind("schedule_kind"),
				c.get("item_number"), c.optional("authority"), c.get("title"), c.disposition("disposition"),
				c.optional("min_retention"), c.optional("cutoff_rule"), c.optional("scope"),
				c.date("effective_from", true), c.date("effective_to", false), c.optional("superseded_by"),
				c.bool("verify_against_nara"));
	}

	private static ScheduleItemDraft nara(Cells c, LocalDate importDate) {
		String code = Nara.scheduleCode(c.alias(Nara.SCHEDULE));
		String instruction = orElse(c.alias(Nara.INSTRUCTION), "");
		Disposition disposition = Nara.disposition(c.alias(Nara.DISPOSITION), instruction);
		String retention = (disposition == Disposition.PERMANENT) ? null : Nara.retention(c.alias(Nara.RETENTION));
		String cutoff = Nara.cutoff(c.alias(Nara.RETENTION_TYPE), c.alias(Nara.EVENT_TYPE), instruction);
		LocalDate from = c.aliasDate(Nara.EFFECTIVE);
		return new ScheduleItemDraft(null, 0, code, orElse(c.alias(Nara.SCHEDULE_TITLE), code), ScheduleKind.GRS,
				orElse(c.alias(Nara.ITEM), ""), c.alias(Nara.AUTHORITY), orElse(c.alias(Nara.TITLE), ""), disposition,
				retention, cutoff, c.alias(Nara.SCOPE), (from != null) ? from : importDate, null, null, false);
	}

	private static Map<String, Integer> normalizedHeaders(List<String> names) {
		Map<String, Integer> headers = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			headers.put(key(names.get(i)), i);
		}
		return headers;
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
	 * The drafts read from a file, each with the row it came from, and what could not be
	 * read.
	 */
	record Parsed(String format, List<Numbered> drafts, List<Problem> problems) {
	}

	/** A draft and its row number in the file. */
	record Numbered(int row, ScheduleItemDraft draft) {
	}

	/**
	 * One row's cells, read by column name, recording a problem for every unreadable
	 * value.
	 */
	private record Cells(CSVRecord record, Map<String, Integer> headers, int row, List<Problem> problems) {

		String get(String column) {
			String value = optional(column);
			return (value != null) ? value : "";
		}

		@Nullable String optional(String column) {
			Integer index = this.headers.get(key(column));
			if (index == null || index >= this.record.size()) {
				return null;
			}
			String value = this.record.get(index);
			return (value == null || value.isBlank()) ? null : value;
		}

		@Nullable String alias(Set<String> aliases) {
			String header = Nara.find(this.headers, aliases);
			return (header != null) ? optional(header) : null;
		}

		ScheduleKind kind(String column) {
			String value = get(column).toUpperCase(Locale.ROOT);
			try {
				return ScheduleKind.valueOf(value);
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(new Problem(this.row, column, "'" + value + "' is not GRS or AGENCY"));
				return ScheduleKind.AGENCY;
			}
		}

		@Nullable Disposition disposition(String column) {
			String value = get(column).toUpperCase(Locale.ROOT);
			try {
				return Disposition.valueOf(value);
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(new Problem(this.row, column, "'" + get(column) + "' is not PERMANENT or TEMPORARY"));
				return null;
			}
		}

		@Nullable LocalDate date(String column, boolean required) {
			String value = optional(column);
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				this.problems.add(new Problem(this.row, column, "'" + value + "' is not a date as YYYY-MM-DD"));
				return required ? null : null;
			}
		}

		@Nullable LocalDate aliasDate(Set<String> aliases) {
			String header = Nara.find(this.headers, aliases);
			return (header != null) ? date(header, false) : null;
		}

		boolean bool(String column) {
			String value = get(column).toLowerCase(Locale.ROOT);
			if (!Set.of("", "true", "false", "yes", "no").contains(value)) {
				this.problems.add(new Problem(this.row, column, "'" + value + "' is not true or false"));
			}
			return value.equals("true") || value.equals("yes");
		}

	}

}
