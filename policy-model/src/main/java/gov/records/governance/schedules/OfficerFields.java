package gov.records.governance.schedules;

import gov.records.governance.shared.RetentionPeriods;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fields of schedule items that a records officer set by hand, with who and when
 * (table {@code schedule_item_officer_field}, DD039). An import keeps them as the officer
 * left them: {@link #keep} puts the officer's values back into a draft read from a file
 * and names each field where the file said otherwise.
 */
@Component
class OfficerFields {

	/** The editable fields, by the names the validator and the files use. */
	static final List<String> FIELDS = List.of("authority", "title", "disposition", "min_retention", "cutoff_rule",
			"scope", "effective_from", "effective_to", "superseded_by", "verify_against_nara");

	private final JdbcClient jdbc;

	OfficerFields(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who set which field of which item (by item id). */
	Map<Long, Map<String, KeptField>> all() {
		Map<Long, Map<String, KeptField>> byItem = new HashMap<>();
		this.jdbc.sql("""
				select f.schedule_item_id, s.code, i.item_number, f.field, f.set_by, f.set_at
				from schedule_item_officer_field f
				join schedule_item i on i.id = f.schedule_item_id join records_schedule s on s.id = i.schedule_id
				""").query((rs) -> {
			byItem.computeIfAbsent(rs.getLong(1), (k) -> new LinkedHashMap<>())
				.put(rs.getString(4), new KeptField(rs.getString(2) + " / " + rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getTimestamp(6).toInstant()));
		});
		return byItem;
	}

	/**
	 * Records that {@code by} set these fields of the item now (replacing earlier marks).
	 */
	void mark(long itemId, Collection<String> fields, String by, Instant at) {
		for (String field : fields) {
			this.jdbc.sql("delete from schedule_item_officer_field where schedule_item_id = ? and field = ?")
				.params(itemId, field)
				.update();
			this.jdbc
				.sql("insert into schedule_item_officer_field (schedule_item_id, field, set_by, set_at) "
						+ "values (?, ?, ?, ?)")
				.params(itemId, field, by, java.sql.Timestamp.from(at))
				.update();
		}
	}

	/** The fields whose values differ between two drafts of one item. */
	static List<String> changed(ScheduleItemDraft before, ScheduleItemDraft after) {
		List<String> changed = new ArrayList<>();
		for (String field : FIELDS) {
			if (!value(before, field).equals(value(after, field))) {
				changed.add(field);
			}
		}
		return changed;
	}

	/** The fields a new item made by hand sets: every one it gives a value. */
	static List<String> given(ScheduleItemDraft draft) {
		return FIELDS.stream().filter((field) -> !value(draft, field).isEmpty()).toList();
	}

	/**
	 * The draft with the officer's values of {@code set} taken from {@code current}; the
	 * fields where the draft said otherwise are added to {@code kept}.
	 */
	static ScheduleItemDraft keep(ScheduleItemDraft draft, ScheduleItemDraft current, Map<String, KeptField> set,
			List<KeptField> kept) {
		List<String> differing = set.keySet()
			.stream()
			.filter((field) -> !value(draft, field).equals(value(current, field)))
			.toList();
		differing.forEach((field) -> kept.add(set.get(field)));
		return take(draft, current, Set.copyOf(differing));
	}

	private static ScheduleItemDraft take(ScheduleItemDraft d, ScheduleItemDraft s, Set<String> f) {
		if (f.isEmpty()) {
			return d;
		}
		return new ScheduleItemDraft(d.id(), d.version(), d.scheduleCode(), d.scheduleTitle(), d.scheduleKind(),
				d.itemNumber(), f.contains("authority") ? s.authority() : d.authority(),
				f.contains("title") ? s.title() : d.title(),
				f.contains("disposition") ? s.disposition() : d.disposition(),
				f.contains("min_retention") ? s.minRetention() : d.minRetention(),
				f.contains("cutoff_rule") ? s.cutoffRule() : d.cutoffRule(),
				f.contains("scope") ? s.scopeText() : d.scopeText(),
				f.contains("effective_from") ? s.effectiveFrom() : d.effectiveFrom(),
				f.contains("effective_to") ? s.effectiveTo() : d.effectiveTo(),
				f.contains("superseded_by") ? s.supersededBy() : d.supersededBy(),
				f.contains("verify_against_nara") ? s.verifyAgainstNara() : d.verifyAgainstNara());
	}

	/**
	 * A field's value as stored, so that "7 years" and P7Y, or "" and none, compare
	 * equal.
	 */
	static String value(ScheduleItemDraft d, String field) {
		return switch (field) {
			case "authority" -> clean(d.authority());
			case "title" -> clean(d.title());
			case "disposition" -> (d.disposition() != null) ? d.disposition().name() : "";
			case "min_retention" -> retention(d.minRetention());
			case "cutoff_rule" -> clean(d.cutoffRule());
			case "scope" -> clean(d.scopeText());
			case "effective_from" -> Objects.toString(d.effectiveFrom(), "");
			case "effective_to" -> Objects.toString(d.effectiveTo(), "");
			case "superseded_by" -> clean(d.supersededBy()).isEmpty() ? ""
					: ScheduleItemValidator.normalizeReference(clean(d.supersededBy()));
			case "verify_against_nara" -> String.valueOf(d.verifyAgainstNara());
			default -> throw new IllegalArgumentException("Unknown schedule item field " + field);
		};
	}

	private static String retention(@Nullable String text) {
		String clean = clean(text);
		if (clean.isEmpty()) {
			return "";
		}
		try {
			return RetentionPeriods.parse(clean).toString();
		}
		catch (IllegalArgumentException ex) {
			return clean;
		}
	}

	private static String clean(@Nullable String text) {
		return (text == null) ? "" : text.strip();
	}

}
