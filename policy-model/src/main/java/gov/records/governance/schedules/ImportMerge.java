package gov.records.governance.schedules;

import gov.records.governance.shared.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Completes drafts read from a layout that does not carry every field (NARA's GRS CSV)
 * with what the catalogue already holds, and resolves NARA's "Superseded by", which names
 * the successor by its disposition authority, to an item reference. A superseded row that
 * states no disposition and names an item the catalogue does not hold is skipped: there
 * is nothing to retire.
 */
final class ImportMerge {

	/**
	 * A draft field that the file does not carry, so the existing item keeps its value.
	 */
	enum Kept {

		SCHEDULE_TITLE, AUTHORITY, DISPOSITION, MIN_RETENTION, CUTOFF, SCOPE, EFFECTIVE_FROM, EFFECTIVE_TO,
		SUPERSEDED_BY, VERIFY

	}

	private ImportMerge() {
	}

	static Result merge(List<ScheduleCsv.Numbered> parsed, List<ScheduleItemRow> existing,
			Map<String, String> columns) {
		Map<String, ScheduleItemRow> byReference = new HashMap<>();
		Map<String, String> scheduleTitles = new HashMap<>();
		Map<String, Set<String>> byAuthority = new HashMap<>();
		for (ScheduleItemRow row : existing) {
			byReference.put(row.reference(), row);
			scheduleTitles.putIfAbsent(row.scheduleCode(), row.scheduleTitle());
			index(byAuthority, row.authority(), row.reference());
		}
		for (ScheduleCsv.Numbered n : parsed) {
			index(byAuthority, n.draft().authority(), n.draft().reference());
		}
		List<ScheduleCsv.Numbered> drafts = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		int skipped = 0;
		for (ScheduleCsv.Numbered n : parsed) {
			if (n.kept().isEmpty()) {
				drafts.add(n);
				continue;
			}
			ScheduleItemDraft d = n.draft();
			ScheduleItemRow current = byReference.get(d.reference());
			if (current == null && n.kept().contains(Kept.DISPOSITION)) {
				skipped++;
				continue;
			}
			String successor = d.supersededBy();
			if (successor != null && !n.kept().contains(Kept.SUPERSEDED_BY)) {
				successor = successor(successor, byAuthority);
				if (successor == null) {
					problems.add(new Problem(n.row(), columns.getOrDefault("superseded_by", "superseded_by"),
							"'" + d.supersededBy()
									+ "' names no single item in this file or the catalogue (by its authority)"));
				}
			}
			String title = n.kept().contains(Kept.SCHEDULE_TITLE)
					? scheduleTitles.computeIfAbsent(d.scheduleCode(), (code) -> d.scheduleTitle()) : d.scheduleTitle();
			drafts.add(new ScheduleCsv.Numbered(n.row(), complete(d, title, successor, current, n.kept()), Set.of()));
		}
		return new Result(drafts, skipped, problems);
	}

	private static ScheduleItemDraft complete(ScheduleItemDraft d, String scheduleTitle, @Nullable String successor,
			@Nullable ScheduleItemRow current, Set<Kept> kept) {
		if (current == null) {
			return new ScheduleItemDraft(null, 0, d.scheduleCode(), scheduleTitle, d.scheduleKind(), d.itemNumber(),
					d.authority(), d.title(), d.disposition(), d.minRetention(), d.cutoffRule(), d.scopeText(),
					d.effectiveFrom(), d.effectiveTo(), kept.contains(Kept.SUPERSEDED_BY) ? null : successor,
					d.verifyAgainstNara());
		}
		return new ScheduleItemDraft(null, 0, d.scheduleCode(), scheduleTitle, d.scheduleKind(), d.itemNumber(),
				kept.contains(Kept.AUTHORITY) ? current.authority() : d.authority(), d.title(),
				kept.contains(Kept.DISPOSITION) ? current.disposition() : d.disposition(),
				kept.contains(Kept.MIN_RETENTION) ? current.minRetention() : d.minRetention(),
				kept.contains(Kept.CUTOFF) ? current.cutoffRule() : d.cutoffRule(),
				kept.contains(Kept.SCOPE) ? current.scopeText() : d.scopeText(),
				kept.contains(Kept.EFFECTIVE_FROM) ? current.effectiveFrom() : d.effectiveFrom(),
				kept.contains(Kept.EFFECTIVE_TO) ? current.effectiveTo() : d.effectiveTo(),
				kept.contains(Kept.SUPERSEDED_BY) ? current.supersededBy() : successor,
				kept.contains(Kept.VERIFY) ? current.verifyAgainstNara() : d.verifyAgainstNara());
	}

	/**
	 * The item a "Superseded by" value names: an authority (as NARA writes it), a GRS id
	 * ("GRS 5.2.010") or a reference ("GRS 5.2 / 010").
	 */
	private static @Nullable String successor(String value, Map<String, Set<String>> byAuthority) {
		Set<String> matches = byAuthority.getOrDefault(value.toUpperCase(Locale.ROOT), Set.of());
		if (matches.size() == 1) {
			return matches.iterator().next();
		}
		if (!matches.isEmpty()) {
			return null;
		}
		String[] grsId = Nara.splitGrsId(value);
		if (grsId != null) {
			return grsId[0] + " / " + grsId[1];
		}
		return value.contains("/") ? ScheduleItemValidator.normalizeReference(value) : null;
	}

	private static void index(Map<String, Set<String>> byAuthority, @Nullable String authority, String reference) {
		if (authority != null && !authority.isBlank()) {
			byAuthority.computeIfAbsent(authority.strip().toUpperCase(Locale.ROOT), (k) -> new LinkedHashSet<>())
				.add(reference);
		}
	}

	/**
	 * The completed drafts, how many superseded rows were skipped, and what was wrong.
	 */
	record Result(List<ScheduleCsv.Numbered> drafts, int skipped, List<Problem> problems) {
	}

}
