package gov.records.governance.schedules;

import gov.records.governance.shared.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One CSV row's cells, read by column name (normalised with {@link ScheduleCsv#key}),
 * recording a problem, under the column's name as written in the file, for every
 * unreadable value.
 */
record CsvCells(CSVRecord record, Map<String, Integer> headers, List<String> names, int row, List<Problem> problems) {

	String get(String column) {
		String value = optional(column);
		return (value != null) ? value : "";
	}

	@Nullable String optional(String column) {
		Integer index = this.headers.get(ScheduleCsv.key(column));
		if (index == null || index >= this.record.size()) {
			return null;
		}
		String value = this.record.get(index);
		return (value == null || value.isBlank()) ? null : value;
	}

	/** The column as the file names it ("Retention (Years)"), or the key if absent. */
	String name(String key) {
		Integer index = this.headers.get(key);
		return (index != null) ? this.names.get(index).strip() : key;
	}

	@Nullable String alias(Set<String> aliases) {
		String header = Nara.find(this.headers, aliases);
		return (header != null) ? optional(header) : null;
	}

	/** The file's name for the first alias present, or {@code fallback}. */
	String aliasName(Set<String> aliases, String fallback) {
		String header = Nara.find(this.headers, aliases);
		return (header != null) ? name(header) : fallback;
	}

	void problem(String column, String reason) {
		this.problems.add(new Problem(this.row, column, reason));
	}

	ScheduleKind kind(String column) {
		String value = get(column).toUpperCase(Locale.ROOT);
		try {
			return ScheduleKind.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			problem(column, "'" + value + "' is not GRS or AGENCY");
			return ScheduleKind.AGENCY;
		}
	}

	@Nullable Disposition disposition(String column) {
		String value = get(column).toUpperCase(Locale.ROOT);
		try {
			return Disposition.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			problem(column, "'" + get(column) + "' is not PERMANENT or TEMPORARY");
			return null;
		}
	}

	@Nullable LocalDate date(String column) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problem(column, "'" + value + "' is not a date as YYYY-MM-DD");
			return null;
		}
	}

	boolean bool(String column) {
		String value = get(column).toLowerCase(Locale.ROOT);
		if (!Set.of("", "true", "false", "yes", "no").contains(value)) {
			problem(column, "'" + value + "' is not true or false");
		}
		return value.equals("true") || value.equals("yes");
	}

}
