package gov.records.governance.schedules;

import gov.records.governance.schedules.ImportMerge.Kept;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one row of NARA's GRS layout (see {@link Nara}) as a draft, and says which of the
 * draft's fields the layout does not carry: those are {@link Kept kept} from the item
 * already in the catalogue, so re-importing NARA's file never undoes what a records
 * officer set (effective dates, superseded-by, the verify flag). A new item gets its
 * effective date from {@code Last Updated} (else the import date) and is flagged for
 * verification when NARA's retention is not machine-implementable.
 */
final class NaraRows {

	private NaraRows() {
	}

	static ScheduleCsv.Numbered read(CsvCells c, LocalDate importDate) {
		String[] id = reference(c);
		String code = id[0];
		Set<Kept> kept = EnumSet.of(Kept.SCHEDULE_TITLE, Kept.EFFECTIVE_TO, Kept.VERIFY);
		String instruction = orElse(Nara.clean(c.alias(Nara.INSTRUCTION)), "");
		String supersededBy = Nara.clean(c.alias(Nara.SUPERSEDED_BY));
		if (supersededBy == null) {
			kept.add(Kept.SUPERSEDED_BY);
		}
		Disposition disposition = disposition(c, instruction);
		if (disposition == null && supersededBy != null) {
			kept.addAll(EnumSet.of(Kept.AUTHORITY, Kept.DISPOSITION, Kept.MIN_RETENTION, Kept.CUTOFF));
		}
		Nara.Retention retention = Nara.retention(c.alias(Nara.RETENTION));
		String cutoff = Nara.cutoff(c.alias(Nara.RETENTION_TYPE), c.alias(Nara.EVENT_TYPE), instruction);
		if (disposition == Disposition.PERMANENT && retention.period() != null) {
			cutoff = ((cutoff != null) ? cutoff + "; " : "") + "transfer after " + retention.period();
		}
		String scope = null;
		if (Nara.find(c.headers(), Nara.SCOPE) != null) {
			scope = Nara.clean(c.alias(Nara.SCOPE));
		}
		else {
			kept.add(Kept.SCOPE);
		}
		LocalDate from = effectiveFrom(c, kept, importDate);
		boolean verify = disposition != null && !retention.exact();
		ScheduleItemDraft draft = new ScheduleItemDraft(null, 0, code,
				orElse(Nara.clean(c.alias(Nara.SCHEDULE_TITLE)), code), ScheduleKind.GRS, id[1],
				Nara.clean(c.alias(Nara.AUTHORITY)), orElse(Nara.clean(c.alias(Nara.TITLE)), ""), disposition,
				(disposition == Disposition.PERMANENT) ? null : retention.period(), cutoff, scope, from, null,
				supersededBy, verify);
		return new ScheduleCsv.Numbered(c.row(), draft, kept);
	}

	/**
	 * The file's own names for the draft's fields, so that problems name the column the
	 * officer sees.
	 */
	static Map<String, String> columns(CsvCells c) {
		Map<String, String> names = new HashMap<>();
		String grsId = Nara.find(c.headers(), Nara.GRS_ID);
		names.put("schedule_code", (grsId != null) ? c.name(grsId) : c.aliasName(Nara.SCHEDULE, "GRS number"));
		names.put("item_number", (grsId != null) ? c.name(grsId) : c.aliasName(Nara.ITEM, "Item number"));
		names.put("schedule_title", c.aliasName(Nara.SCHEDULE_TITLE, "Classification (General)"));
		names.put("authority", c.aliasName(Nara.AUTHORITY, "Disposition Authority"));
		names.put("title", c.aliasName(Nara.TITLE, "Record Title"));
		names.put("disposition", c.aliasName(Nara.DISPOSITION, "Disposition"));
		names.put("min_retention", c.aliasName(Nara.RETENTION, "Retention (Years)"));
		names.put("cutoff_rule", c.aliasName(Nara.RETENTION_TYPE, "Retention Type"));
		names.put("scope", c.aliasName(Nara.SCOPE, "Description"));
		names.put("effective_from", c.aliasName(Nara.EFFECTIVE, c.aliasName(Nara.LAST_UPDATED, "Last Updated")));
		names.put("superseded_by", c.aliasName(Nara.SUPERSEDED_BY, "Superseded by"));
		return names;
	}

	/** Schedule code and item number, from {@code GRS ID} or from two columns. */
	private static String[] reference(CsvCells c) {
		String header = Nara.find(c.headers(), Nara.GRS_ID);
		if (header == null) {
			return new String[] { Nara.scheduleCode(c.alias(Nara.SCHEDULE)),
					orElse(Nara.clean(c.alias(Nara.ITEM)), "") };
		}
		String value = c.optional(header);
		String[] parts = Nara.splitGrsId(value);
		if (parts == null) {
			c.problem(c.name(header), (value == null) ? "required, e.g. GRS 6.1.011"
					: "'" + value.strip() + "' is not a GRS item id such as GRS 6.1.011");
			return new String[] { orElse(Nara.clean(value), ""), "" };
		}
		return parts;
	}

	private static @Nullable Disposition disposition(CsvCells c, String instruction) {
		String value = c.alias(Nara.DISPOSITION);
		String text = Nara.stated(value) ? value.strip() : instruction;
		if (text.isBlank()) {
			return null;
		}
		try {
			return Nara.disposition(text);
		}
		catch (IllegalArgumentException ex) {
			c.problem(c.aliasName(Nara.DISPOSITION, "Disposition"), ex.getMessage());
			return null;
		}
	}

	private static LocalDate effectiveFrom(CsvCells c, Set<Kept> kept, LocalDate importDate) {
		String explicit = Nara.find(c.headers(), Nara.EFFECTIVE);
		if (explicit == null) {
			kept.add(Kept.EFFECTIVE_FROM);
		}
		String header = (explicit != null) ? explicit : Nara.find(c.headers(), Nara.LAST_UPDATED);
		String value = (header != null) ? c.optional(header) : null;
		if (!Nara.stated(value)) {
			return importDate;
		}
		try {
			return Nara.date(value);
		}
		catch (IllegalArgumentException ex) {
			c.problem(c.name(header), ex.getMessage());
			return importDate;
		}
	}

	private static String orElse(@Nullable String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
