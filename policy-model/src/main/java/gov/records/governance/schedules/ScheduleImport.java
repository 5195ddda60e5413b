package gov.records.governance.schedules;

import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checking half of a schedule import, without the database: reads the file (the
 * console's CSV or JSON, or NARA's GRS CSV), merges it with the items already held, and
 * validates every draft. Either every draft is good or the whole file is refused with
 * every problem; {@link ScheduleService#importFile} writes only what this returns.
 */
final class ScheduleImport {

	private ScheduleImport() {
	}

	/**
	 * The drafts to write, in file order, or a {@link ValidationException} listing every
	 * problem.
	 */
	static Checked check(String filename, byte[] content, List<ScheduleItemRow> existing, LocalDate today) {
		String text = ScheduleFiles.text(content);
		boolean json = filename.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
		ScheduleCsv.Parsed parsed = json ? ScheduleJson.read(text) : ScheduleCsv.read(text, today);
		List<Problem> problems = new ArrayList<>(parsed.problems());
		Set<String> seen = new HashSet<>();
		for (ScheduleCsv.Numbered numbered : parsed.drafts()) {
			if (!seen.add(numbered.draft().reference())) {
				problems.add(new Problem(numbered.row(), parsed.columns().getOrDefault("item_number", "item_number"),
						numbered.draft().reference() + " appears more than once"));
			}
		}
		ImportMerge.Result merged = ImportMerge.merge(parsed.drafts(), existing, parsed.columns());
		problems.addAll(merged.problems());
		Set<String> known = existing.stream().map(ScheduleItemRow::reference).collect(Collectors.toSet());
		merged.drafts().forEach((numbered) -> known.add(numbered.draft().reference()));
		Set<String> reported = problems.stream().map(ScheduleImport::cell).collect(Collectors.toSet());
		for (ScheduleCsv.Numbered numbered : merged.drafts()) {
			ScheduleItemValidator.check(numbered.draft(), numbered.row(), known)
				.stream()
				.map((p) -> new Problem(p.row(), parsed.columns().getOrDefault(p.column(), p.column()), p.reason()))
				.filter((p) -> !reported.contains(cell(p)))
				.forEach(problems::add);
		}
		problems.sort(Comparator.comparingInt(Problem::row));
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return new Checked(parsed.format(), merged.drafts().stream().map(ScheduleCsv.Numbered::draft).toList(),
				merged.skipped());
	}

	/** Where a problem is; a cell already reported unreadable is not reported again. */
	private static String cell(Problem problem) {
		return problem.row() + "\u0000" + problem.column();
	}

	/** A file that passed every check: its format, the drafts to write, rows skipped. */
	record Checked(String format, List<ScheduleItemDraft> drafts, int skipped) {
	}

}
