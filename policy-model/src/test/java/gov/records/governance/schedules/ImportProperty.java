package gov.records.governance.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.fuzzing.Refusals;
import gov.records.governance.shared.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The property every schedule-file fuzz target checks: a file is either refused whole
 * with a {@link ValidationException} in plain words, or every draft fits the columns it
 * is written to, and exporting what would be stored (CSV and JSON) and importing that
 * again gives the same items.
 */
final class ImportProperty {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private ImportProperty() {
	}

	static void holds(String filename, byte[] content) {
		ScheduleImport.Checked checked;
		try {
			checked = ScheduleImport.check(filename, content, List.of(), TODAY);
		}
		catch (ValidationException refusal) {
			Refusals.assertRefused(refusal, content);
			return;
		}
		List<ScheduleItemRow> stored = checked.drafts().stream().map(ImportProperty::stored).toList();
		stored.forEach(ImportProperty::assertFits);
		Map<String, ScheduleItemRow> expected = byReference(stored);
		assertThat(expected).as("one item per reference").hasSameSizeAs(stored);
		if (stored.isEmpty()) {
			return;
		}
		for (String export : List.of(ScheduleCsv.write(stored), ScheduleJson.write(stored))) {
			ScheduleImport.Checked again = ScheduleImport.check(export.startsWith("{") ? "again.json" : "again.csv",
					export.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(), TODAY);
			assertThat(byReference(again.drafts().stream().map(ImportProperty::stored).toList()))
				.as("re-importing the export of %s", filename)
				.isEqualTo(expected);
		}
	}

	/** The item as {@link ScheduleWriter} stores it. */
	static ScheduleItemRow stored(ScheduleItemDraft d) {
		return new ScheduleItemRow(0, 0, d.scheduleCode().strip(), d.scheduleTitle().strip(), d.scheduleKind(),
				d.itemNumber().strip(), clean(d.authority()), d.title().strip(),
				Objects.requireNonNull(d.disposition()), ScheduleWriter.retention(d.minRetention()),
				clean(d.cutoffRule()), clean(d.scopeText()), Objects.requireNonNull(d.effectiveFrom()), d.effectiveTo(),
				(d.supersededBy() == null || d.supersededBy().isBlank()) ? null
						: ScheduleItemValidator.normalizeReference(d.supersededBy()),
				d.verifyAgainstNara(), 0);
	}

	/** The schema's column sizes (V1__domain_model.sql). */
	private static void assertFits(ScheduleItemRow row) {
		assertThat(row.scheduleCode()).hasSizeBetween(1, 32);
		assertThat(row.scheduleTitle()).hasSizeBetween(1, 300);
		assertThat(row.itemNumber()).hasSizeBetween(1, 16);
		assertThat(row.title()).hasSizeBetween(1, 300);
		fits(row.authority(), 64);
		fits(row.minRetention(), 32);
		fits(row.cutoffRule(), 300);
		fits(row.scopeText(), 2000);
	}

	private static void fits(@Nullable String value, int size) {
		if (value != null) {
			assertThat(value).hasSizeBetween(1, size);
		}
	}

	private static Map<String, ScheduleItemRow> byReference(List<ScheduleItemRow> rows) {
		return rows.stream()
			.collect(Collectors.toMap(ScheduleItemRow::reference, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private static @Nullable String clean(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
