package gov.records.governance.shared;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Retention periods as records schedules write them: ISO-8601 ({@code P7Y},
 * {@code P180D}) or plain words ("7 years", "180 days", "6 months"), compared in days
 * (365.25 a year).
 */
public final class RetentionPeriods {

	public static final double DAYS_PER_YEAR = 365.25;

	private static final Pattern WORDS = Pattern.compile("(\\d{1,6})\\s*(year|years|yr|yrs|month|months|day|days)",
			Pattern.CASE_INSENSITIVE);

	private RetentionPeriods() {
	}

	/**
	 * Parses ISO-8601 or plain words; throws with a message a records officer
	 * understands.
	 */
	public static Period parse(String text) {
		String value = text.strip();
		try {
			return Period.parse(value.toUpperCase(Locale.ROOT));
		}
		catch (DateTimeParseException ex) {
			Matcher words = WORDS.matcher(value);
			if (words.matches()) {
				int count = Integer.parseInt(words.group(1));
				String unit = words.group(2).toLowerCase(Locale.ROOT);
				return unit.startsWith("y") ? Period.ofYears(count)
						: unit.startsWith("m") ? Period.ofMonths(count) : Period.ofDays(count);
			}
			throw new IllegalArgumentException(
					"'" + text + "' is not a retention period; write it as P7Y, P180D or \"7 years\"", ex);
		}
	}

	/** "7 years", "1 year 6 months", "180 days". */
	public static String label(Period p) {
		StringBuilder text = new StringBuilder();
		append(text, p.getYears(), "year");
		append(text, p.getMonths(), "month");
		append(text, p.getDays(), "day");
		return text.isEmpty() ? "0 days" : text.toString();
	}

	private static void append(StringBuilder text, int count, String unit) {
		if (count != 0) {
			text.append(text.isEmpty() ? "" : " ")
				.append(count)
				.append(' ')
				.append(unit)
				.append((count == 1) ? "" : "s");
		}
	}

	public static double days(@Nullable Period period) {
		if (period == null) {
			return 0;
		}
		return period.getYears() * DAYS_PER_YEAR + period.getMonths() * DAYS_PER_YEAR / 12 + period.getDays();
	}

}
