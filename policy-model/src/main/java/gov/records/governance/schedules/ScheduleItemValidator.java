package gov.records.governance.schedules;

import gov.records.governance.shared.Problem;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import gov.records.governance.shared.RetentionPeriods;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a schedule item draft field by field and says everything that is wrong at once:
 * required fields, lengths, the disposition, the minimum retention (an ISO-8601 period,
 * positive, at most 100 years, and none on a permanent item), the effective dates, and
 * the item it is superseded by.
 */
final class ScheduleItemValidator {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .\\-]{0,31}");

	private static final Pattern ITEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,15}");

	private static final Pattern AUTHORITY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .,/\\-]{0,63}");

	private static final double MAX_RETENTION_DAYS = 100 * 365.25;

	private static final LocalDate EARLIEST = LocalDate.of(1934, 6, 19);

	private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private ScheduleItemValidator() {
	}

	/**
	 * The problems of one draft, reported at {@code row}; {@code knownItems} are the
	 * references ("GRS 6.1 / 011") a superseded-by may point at.
	 */
	static List<Problem> check(ScheduleItemDraft d, int row, Set<String> knownItems) {
		List<Problem> problems = new ArrayList<>();
		if (blank(d.scheduleCode()) || !CODE.matcher(d.scheduleCode().strip()).matches()) {
			problems.add(new Problem(row, "schedule_code",
					"required; letters, digits, spaces, dots and dashes, at most 32 characters"));
		}
		if (blank(d.scheduleTitle()) || d.scheduleTitle().length() > 300) {
			problems.add(new Problem(row, "schedule_title", "required, at most 300 characters"));
		}
		if (d.scheduleKind() == null) {
			problems.add(new Problem(row, "schedule_kind", "required: GRS or AGENCY"));
		}
		if (blank(d.itemNumber()) || !ITEM.matcher(d.itemNumber().strip()).matches()) {
			problems.add(new Problem(row, "item_number",
					"required; letters, digits, dots and dashes, at most 16 characters"));
		}
		if (!blank(d.authority()) && !AUTHORITY.matcher(d.authority().strip()).matches()) {
			problems.add(new Problem(row, "authority",
					"letters, digits, spaces, dots, commas, slashes and dashes, at most 64 characters (e.g. DAA-GRS-2014-0001-0002)"));
		}
		if (blank(d.title()) || d.title().length() > 300) {
			problems.add(new Problem(row, "title", "required, at most 300 characters"));
		}
		if (d.disposition() == null) {
			problems.add(new Problem(row, "disposition", "required: PERMANENT or TEMPORARY"));
		}
		checkRetention(d, row, problems);
		if (d.cutoffRule() != null && d.cutoffRule().length() > 300) {
			problems.add(new Problem(row, "cutoff_rule", "at most 300 characters"));
		}
		if (d.scopeText() != null && d.scopeText().length() > 2000) {
			problems.add(new Problem(row, "scope", "at most 2000 characters"));
		}
		checkDates(d, row, problems);
		if (!blank(d.supersededBy())) {
			String target = normalizeReference(d.supersededBy());
			if (target.equals(d.reference())) {
				problems.add(new Problem(row, "superseded_by", "an item cannot supersede itself"));
			}
			else if (!knownItems.contains(target)) {
				problems.add(new Problem(row, "superseded_by", "'" + d.supersededBy()
						+ "' is not a known item; write it as schedule code / item number, e.g. GRS 6.1 / 011"));
			}
		}
		return problems;
	}

	private static void checkRetention(ScheduleItemDraft d, int row, List<Problem> problems) {
		if (blank(d.minRetention())) {
			return;
		}
		if (d.disposition() == Disposition.PERMANENT) {
			problems.add(
					new Problem(row, "min_retention", "a permanent item is kept forever and has no minimum retention"));
			return;
		}
		try {
			Period period = RetentionPeriods.parse(d.minRetention());
			double days = RetentionPeriods.days(period);
			if (period.isNegative() || period.isZero() || days <= 0) {
				problems.add(new Problem(row, "min_retention", "must be a positive period, e.g. P7Y or P180D"));
			}
			else if (days > MAX_RETENTION_DAYS) {
				problems.add(new Problem(row, "min_retention",
						"more than 100 years is not a plausible retention; use disposition PERMANENT instead"));
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(row, "min_retention", ex.getMessage()));
		}
	}

	private static void checkDates(ScheduleItemDraft d, int row, List<Problem> problems) {
		LocalDate from = d.effectiveFrom();
		if (from == null) {
			problems.add(new Problem(row, "effective_from", "required, as YYYY-MM-DD"));
		}
		else if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
			problems.add(new Problem(row, "effective_from", "must lie between 1934-06-19 and 2100-12-31"));
		}
		LocalDate to = d.effectiveTo();
		if (to != null && from != null && to.isBefore(from)) {
			problems.add(new Problem(row, "effective_to", "must not be before effective_from"));
		}
		if (to != null && to.isAfter(LATEST)) {
			problems.add(new Problem(row, "effective_to", "must not be after 2100-12-31"));
		}
	}

	/** "GRS 6.1/011", "GRS 6.1 / 011" and " GRS 6.1 /011 " all name the same item. */
	static String normalizeReference(String text) {
		int slash = text.lastIndexOf('/');
		if (slash < 0) {
			return text.strip();
		}
		return text.substring(0, slash).strip() + " / " + text.substring(slash + 1).strip();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
