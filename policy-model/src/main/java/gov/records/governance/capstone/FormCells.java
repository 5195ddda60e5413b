package gov.records.governance.capstone;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The plain cells of a form read generously: dates as {@code 2017-03-02} or
 * {@code 10/27/2016} (a time after the date is ignored), whole numbers with thousands
 * separators, yes and no in their usual spellings, text with its line breaks kept.
 */
final class FormCells {

	private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})(?:[T ].*)?");

	private static final Pattern US = Pattern.compile("(\\d{1,2}/\\d{1,2}/\\d{4})(?:[T ].*)?");

	private static final DateTimeFormatter ISO_LOOSE = DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter US_LOOSE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final List<String> YES = List.of("yes", "y", "true", "x");

	private static final List<String> NO = List.of("no", "n", "false", "");

	private FormCells() {
	}

	/** A date, or null when the cell is empty; an unreadable date throws. */
	static @Nullable LocalDate date(@Nullable String cell) {
		String text = PositionCell.tidy(cell);
		if (text.isEmpty()) {
			return null;
		}
		try {
			var iso = ISO.matcher(text);
			if (iso.matches()) {
				return LocalDate.parse(iso.group(1), ISO_LOOSE);
			}
			var us = US.matcher(text);
			if (us.matches()) {
				return LocalDate.parse(us.group(1), US_LOOSE);
			}
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("\"" + text + "\" is not a date on the calendar", ex);
		}
		throw new IllegalArgumentException("\"" + text + "\" is not a date (write 2017-03-02 or 10/27/2016)");
	}

	/** A whole number of zero or more, or null when the cell is empty. */
	static @Nullable Integer count(@Nullable String cell) {
		String text = PositionCell.tidy(cell).replace(",", "");
		if (text.isEmpty()) {
			return null;
		}
		if (!text.matches("\\d{1,7}")) {
			throw new IllegalArgumentException("\"" + PositionCell.tidy(cell) + "\" is not a number of accounts");
		}
		return Integer.valueOf(text);
	}

	static boolean yesNo(@Nullable String cell) {
		String text = PositionCell.tidy(cell).toLowerCase(Locale.ROOT).replaceAll("[.!]$", "");
		if (YES.contains(text)) {
			return true;
		}
		if (NO.contains(text)) {
			return false;
		}
		throw new IllegalArgumentException("\"" + PositionCell.tidy(cell) + "\" is neither yes nor no");
	}

	/**
	 * Text with each line's spacing tidied and its line breaks kept; null when empty.
	 */
	static @Nullable String text(@Nullable String cell) {
		if (cell == null) {
			return null;
		}
		String text = cell.lines().map(PositionCell::tidy).reduce((a, b) -> a + "\n" + b).orElse("").strip();
		return text.isEmpty() ? null : text;
	}

	/** Text on one line: spacing tidied, null when empty. */
	static @Nullable String line(@Nullable String cell) {
		String text = PositionCell.tidy(cell);
		return text.isEmpty() ? null : text;
	}

}
