package gov.records.governance.schedules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * NARA's machine-implementable GRS layout, as its FAQ describes it: each disposition
 * authority is a GRS number, an item number, the authority, the retention in years, a
 * retention type ({@code Creation_age} or {@code Event_age}) with an event type for the
 * latter (end of the fiscal year, final action, no longer needed, superseded or obsolete,
 * ...), the disposition (destroy or transfer), and, in later editions, the full
 * disposition instruction. Column names vary between editions, so each field is
 * recognised by a set of header spellings (compared without case, spaces or punctuation).
 * See DD009.
 */
final class Nara {

	static final Set<String> SCHEDULE = Set.of("grsnumber", "grs", "grsno", "schedulenumber", "schedule", "grsschedule",
			"schedulenum");

	static final Set<String> SCHEDULE_TITLE = Set.of("scheduletitle", "grstitle", "schedulename");

	static final Set<String> ITEM = Set.of("itemnumber", "item", "itemno", "itemnum", "grsitem", "grsitemnumber");

	static final Set<String> AUTHORITY = Set.of("dispositionauthoritynumber", "dispositionauthority", "daa",
			"authority", "authoritynumber", "daanumber");

	static final Set<String> TITLE = Set.of("itemtitle", "title", "recordstitle", "itemname");

	static final Set<String> SCOPE = Set.of("itemdescription", "description", "recordsdescription");

	static final Set<String> RETENTION = Set.of("retention", "retentionyears", "retentioninyears", "retentionperiod");

	static final Set<String> RETENTION_TYPE = Set.of("retentiontype");

	static final Set<String> EVENT_TYPE = Set.of("eventtype", "event");

	static final Set<String> DISPOSITION = Set.of("disposition", "dispositiontype", "finaldisposition",
			"dispositionaction", "action");

	static final Set<String> INSTRUCTION = Set.of("dispositioninstruction", "dispositioninstructions", "instruction");

	static final Set<String> EFFECTIVE = Set.of("effectivedate", "effectivefrom", "dateapproved", "approvaldate");

	private Nara() {
	}

	/**
	 * The header (as written in the file, normalised) that spells one of the aliases, if
	 * any.
	 */
	static @Nullable String find(Map<String, Integer> headers, Set<String> aliases) {
		return headers.keySet().stream().filter(aliases::contains).findFirst().orElse(null);
	}

	/** "6.1" and "GRS 6.1" both name schedule "GRS 6.1". */
	static String scheduleCode(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return "";
		}
		String code = value.strip();
		return code.toUpperCase(Locale.ROOT).startsWith("GRS") ? "GRS " + code.substring(3).strip() : "GRS " + code;
	}

	/** Destroy, delete or temporary → temporary; transfer or permanent → permanent. */
	static @Nullable Disposition disposition(@Nullable String value, String instruction) {
		String text = ((value != null) ? value : instruction).toLowerCase(Locale.ROOT);
		if (text.contains("transfer") || text.contains("permanent")) {
			return Disposition.PERMANENT;
		}
		if (text.contains("destroy") || text.contains("delete") || text.contains("temporary")) {
			return Disposition.TEMPORARY;
		}
		return null;
	}

	/**
	 * Retention in years ("7", "0.5") as an ISO period; other text is passed on for
	 * validation.
	 */
	static @Nullable String retention(@Nullable String years) {
		if (years == null || years.isBlank()) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(years.strip());
			if (value.signum() <= 0 && value.signum() != 0) {
				return years;
			}
			if (value.signum() == 0) {
				return null;
			}
			BigDecimal months = value.multiply(BigDecimal.valueOf(12));
			if (value.stripTrailingZeros().scale() <= 0) {
				return "P" + value.intValueExact() + "Y";
			}
			return (months.stripTrailingZeros().scale() <= 0) ? "P" + months.intValueExact() + "M" : years;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return years;
		}
	}

	/** The cutoff in words: "Event_age: Final action", or the instruction text. */
	static @Nullable String cutoff(@Nullable String retentionType, @Nullable String eventType, String instruction) {
		if (eventType != null && !eventType.isBlank()) {
			return ((retentionType != null) ? retentionType + ": " : "") + eventType.replace('_', ' ');
		}
		if (retentionType != null && !retentionType.isBlank()) {
			return retentionType.replace('_', ' ');
		}
		return instruction.isBlank() ? null : instruction.substring(0, Math.min(300, instruction.length()));
	}

}
