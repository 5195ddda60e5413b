package gov.records.governance.capstone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one form's fields (by NARA's field names) into an {@link Na1005Form}, collecting
 * every field that cannot be read instead of stopping at the first.
 */
final class FormReader {

	private final int position;

	private final Map<String, String> cells;

	private final String number;

	private final List<FormProblem> problems = new ArrayList<>();

	private FormReader(int position, Map<String, String> cells) {
		this.position = position;
		this.cells = cells;
		this.number = PositionCell.tidy(cells.get(Na1005.NUMBER));
	}

	/** The form, or null with its problems added to {@code problems}. */
	static @Nullable Na1005Form read(int position, Map<String, String> cells, List<FormProblem> problems) {
		FormReader reader = new FormReader(position, cells);
		Na1005Form form = reader.form();
		problems.addAll(reader.problems);
		return reader.problems.isEmpty() ? form : null;
	}

	private Na1005Form form() {
		if (this.number.isEmpty()) {
			problem(Na1005.NUMBER, "the form has no number");
		}
		String agency = FormCells.line(this.cells.get(Na1005.AGENCY));
		if (agency == null) {
			problem(Na1005.AGENCY, "the form names no agency");
		}
		List<String> remarks = new ArrayList<>();
		List<DesignatedPosition> positions = new ArrayList<>();
		Map<Integer, Integer> totals = new LinkedHashMap<>();
		for (int n = 1; n <= Na1005.CATEGORIES; n++) {
			category(n, positions, totals, remarks);
		}
		Integer total = cell(Na1005.TOTAL, FormCells::count);
		int sum = totals.values().stream().mapToInt(Integer::intValue).sum();
		if (total != null && !totals.isEmpty() && total != sum) {
			remarks.add("Total Accounts is " + total + " but the category totals add up to " + sum + ".");
		}
		String previous = FormCells.line(this.cells.get(Na1005.PREVIOUS));
		if (previous != null && previous.equalsIgnoreCase(this.number)) {
			problem(Na1005.PREVIOUS, "the form cannot supersede itself");
		}
		Boolean superseding = cell(Na1005.SUPERSEDING, FormCells::yesNo);
		if (Boolean.TRUE.equals(superseding) && previous == null) {
			remarks.add("The form says it supersedes a previous submission but gives no Previous Tracking Number.");
		}
		return new Na1005Form(this.number, date(Na1005.RECEIVED), total, (agency != null) ? agency : "",
				FormCells.line(this.cells.get(Na1005.RECORD_GROUP)),
				Boolean.TRUE.equals(superseding) || previous != null, previous,
				FormCells.line(this.cells.get(Na1005.ITEMS)), FormCells.text(this.cells.get(Na1005.SCOPE)),
				FormCells.text(this.cells.get(Na1005.CUTOFF)), FormCells.text(this.cells.get(Na1005.TRANSFER)),
				date(Na1005.OFFICER_APPROVAL), date(Na1005.SENIOR_APPROVAL), date(Na1005.ARCHIVIST_APPROVAL), positions,
				totals, remarks);
	}

	private void category(int n, List<DesignatedPosition> positions, Map<Integer, Integer> totals,
			List<String> remarks) {
		String field = Na1005.positions(n);
		List<String> reasons = new ArrayList<>();
		List<DesignatedPosition> read = PositionCell.read(n, this.cells.get(field), reasons, remarks);
		reasons.forEach((reason) -> problem(field, reason));
		positions.addAll(read);
		Integer stated = cell(Na1005.categoryTotal(n), FormCells::count);
		if (stated != null) {
			totals.put(n, stated);
			int sum = read.stream().mapToInt((p) -> (p.accounts() != null) ? p.accounts() : 0).sum();
			if (sum != stated) {
				remarks.add("Category " + n + " Total Accounts is " + stated + " but its positions add up to " + sum
						+ "; the positions' numbers are compared with the accounts found.");
			}
		}
	}

	private @Nullable LocalDate date(String field) {
		return cell(field, FormCells::date);
	}

	private <T> @Nullable T cell(String field, Function<@Nullable String, @Nullable T> reader) {
		try {
			return reader.apply(this.cells.get(field));
		}
		catch (IllegalArgumentException ex) {
			problem(field, ex.getMessage());
			return null;
		}
	}

	private void problem(String field, @Nullable String reason) {
		this.problems.add(new FormProblem(this.position, this.number, field, (reason != null) ? reason : "unreadable"));
	}

}
