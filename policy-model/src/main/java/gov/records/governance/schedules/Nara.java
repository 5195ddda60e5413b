package gov.records.governance.schedules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * NARA's machine-implementable GRS layout as NARA publishes it (the GRS CSV of each
 * transmittal, e.g. {@code grs-csv-transmittal36.csv}): {@code GRS ID} ("GRS 6.1.011"),
 * {@code Record Title}, {@code Classification (General)}, {@code Legal Citation},
 * {@code Disposition} (Temporary, Permanent, or N/A on a superseded row),
 * {@code Retention (Years)} ("7", "6m", "30d", "72h", "4-7", "[Variable]", "N/A"),
 * {@code Retention Type} (Creation_Age, Event_Age), {@code Event Type (General)},
 * {@code Longer Retention Authorized?}, {@code Deviations Allowed?},
 * {@code Disposition Authority}, {@code Superseded by} (the successor's authority),
 * {@code Last Updated} ("12/2021"), {@code Comments}, then unnamed empty columns. Headers
 * are compared without case, spaces or punctuation; the older spellings of the FAQ (a
 * schedule and an item number in two columns, {@code Retention}, {@code Event Type}) are
 * still recognised. See DD009.
 */
final class Nara {

	static final Set<String> GRS_ID = Set.of("grsid", "grsitemid");

	static final Set<String> SCHEDULE = Set.of("grsnumber", "grs", "grsno", "schedulenumber", "schedule", "grsschedule",
			"schedulenum");

	static final Set<String> ITEM = Set.of("itemnumber", "item", "itemno", "itemnum", "grsitem", "grsitemnumber");

	static final Set<String> SCHEDULE_TITLE = Set.of("classificationgeneral", "classification", "scheduletitle",
			"grstitle", "schedulename");

	static final Set<String> AUTHORITY = Set.of("dispositionauthority", "dispositionauthoritynumber", "daa",
			"authority", "authoritynumber", "daanumber");

	static final Set<String> TITLE = Set.of("recordtitle", "itemtitle", "title", "recordstitle", "itemname");

	static final Set<String> SCOPE = Set.of("itemdescription", "description", "recordsdescription");

	static final Set<String> RETENTION = Set.of("retentionyears", "retention", "retentioninyears", "retentionperiod");

	static final Set<String> RETENTION_TYPE = Set.of("retentiontype");

	static final Set<String> EVENT_TYPE = Set.of("eventtypegeneral", "eventtype", "event");

	static final Set<String> DISPOSITION = Set.of("disposition", "dispositiontype", "finaldisposition",
			"dispositionaction", "action");

	static final Set<String> INSTRUCTION = Set.of("dispositioninstruction", "dispositioninstructions", "instruction");

	static final Set<String> SUPERSEDED_BY = Set.of("supersededby");

	static final Set<String> EFFECTIVE = Set.of("effectivedate", "effectivefrom", "dateapproved", "approvaldate");

	static final Set<String> LAST_UPDATED = Set.of("lastupdated");

	/** What NARA writes for "not stated" in its controlled columns. */
	private static final Set<String> NOT_STATED = Set.of("", "n/a", "na", "[variable]", "variable");

	private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern GRS_ITEM = Pattern.compile("(?i)(?:GRS\\s*)?(\\d+(?:\\.\\d+)*)\\.([A-Za-z0-9]+)");

	private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([ymdh]?)", Pattern.CASE_INSENSITIVE);

	private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M/uuuu");

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

	private Nara() {
	}

	/**
	 * The header (as written in the file, normalised) that spells one of the aliases, if
	 * any.
	 */
	static @Nullable String find(Map<String, Integer> headers, Set<String> aliases) {
		return headers.keySet().stream().filter(aliases::contains).findFirst().orElse(null);
	}

	/** Whether NARA's file states a value here ("N/A", "NA", "[Variable]" do not). */
	static boolean stated(@Nullable String value) {
		return value != null && !NOT_STATED.contains(value.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * One line, ASCII dashes: NARA's cells hold line breaks, doubled spaces and Unicode
	 * hyphens ("DAA‐GRS‐2022‐0006‐0001").
	 */
	static @Nullable String clean(@Nullable String value) {
		if (!stated(value)) {
			return null;
		}
		return SPACES.matcher(DASHES.matcher(value).replaceAll("-")).replaceAll(" ").strip();
	}

	/** "GRS 6.1.011" as schedule "GRS 6.1" and item "011"; null if it is not one. */
	static String @Nullable [] splitGrsId(@Nullable String value) {
		String id = clean(value);
		if (id == null) {
			return null;
		}
		Matcher m = GRS_ITEM.matcher(id);
		return m.matches() ? new String[] { "GRS " + m.group(1), m.group(2) } : null;
	}

	/** "6.1" and "GRS 6.1" both name schedule "GRS 6.1". */
	static String scheduleCode(@Nullable String value) {
		String code = clean(value);
		if (code == null) {
			return "";
		}
		return code.toUpperCase(Locale.ROOT).startsWith("GRS") ? "GRS " + code.substring(3).strip() : "GRS " + code;
	}

	/**
	 * Temporary, destroy or delete: temporary; permanent or transfer: permanent. Anything
	 * else is refused with the reason.
	 */
	static Disposition disposition(String value) {
		String text = value.toLowerCase(Locale.ROOT);
		if (text.contains("transfer") || text.contains("permanent")) {
			return Disposition.PERMANENT;
		}
		if (text.contains("destroy") || text.contains("delete") || text.contains("temporary")) {
			return Disposition.TEMPORARY;
		}
		throw new IllegalArgumentException("'" + value + "' is not Temporary or Permanent");
	}

	/**
	 * A retention as NARA writes it, turned into an ISO period. Whole years ("7"), months
	 * ("6m"), days ("30d") and hours ("72h", rounded up to whole days) are exact; a range
	 * ("4-7") counts as its upper bound, because the longest required retention wins, and
	 * is not exact. Zero and "not stated" have no minimum. Anything else is returned as
	 * written, for the validator to refuse.
	 */
	static Retention retention(@Nullable String value) {
		if (!stated(value)) {
			return new Retention(null, false);
		}
		String text = value.strip();
		Matcher range = RANGE.matcher(text);
		if (range.matches()) {
			return new Retention(
					"P" + Math.max(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))) + "Y", false);
		}
		Matcher m = AMOUNT.matcher(text);
		if (!m.matches()) {
			return new Retention(text, true);
		}
		BigDecimal amount = new BigDecimal(m.group(1));
		if (amount.signum() == 0) {
			return new Retention(null, true);
		}
		String unit = m.group(2).toLowerCase(Locale.ROOT);
		if (amount.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			// far beyond any schedule: kept as written, so validation refuses it in words
			// (an exact conversion would overflow; found by fuzzing, DD053)
			return new Retention(text, true);
		}
		if (unit.equals("h")) {
			long days = amount.divide(BigDecimal.valueOf(24), 0, RoundingMode.CEILING).longValueExact();
			return new Retention("P" + days + "D", false);
		}
		if (amount.stripTrailingZeros().scale() > 0) {
			if (!unit.isEmpty() && !unit.equals("y")) {
				return new Retention(text, true);
			}
			BigDecimal months = amount.multiply(BigDecimal.valueOf(12));
			return (months.stripTrailingZeros().scale() <= 0) ? new Retention("P" + months.intValueExact() + "M", true)
					: new Retention(text, true);
		}
		String designator = unit.isEmpty() ? "Y" : unit.toUpperCase(Locale.ROOT);
		return new Retention("P" + amount.intValueExact() + designator, true);
	}

	/** The cutoff in words: "Event_Age: Final action", or the instruction text. */
	static @Nullable String cutoff(@Nullable String retentionType, @Nullable String eventType, String instruction) {
		String type = clean(retentionType);
		String event = clean(eventType);
		if (event != null) {
			return ((type != null) ? type + ": " : "") + event.replace('_', ' ');
		}
		if (type != null) {
			return type;
		}
		return instruction.isBlank() ? null : instruction.substring(0, Math.min(300, instruction.length()));
	}

	/**
	 * An effective date written as YYYY-MM-DD or M/D/YYYY, or NARA's "Last Updated" month
	 * (M/YYYY, read as its first day).
	 */
	static LocalDate date(String value) {
		String text = value.strip();
		for (DateTimeFormatter format : new DateTimeFormatter[] { DateTimeFormatter.ISO_LOCAL_DATE, US_DATE }) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		try {
			return YearMonth.parse(text, MONTH).atDay(1);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"'" + text + "' is not a date (YYYY-MM-DD, M/D/YYYY, or a month as MM/YYYY)");
		}
	}

	/**
	 * A retention read from NARA's file: the ISO period (null for none), and whether it
	 * is exactly what NARA says.
	 */
	record Retention(@Nullable String period, boolean exact) {
	}

}
