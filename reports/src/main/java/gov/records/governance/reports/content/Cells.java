package gov.records.governance.reports.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How a cell reads in each format. */
public final class Cells {

	private Cells() {
	}

	/**
	 * The exact text of a cell, for CSV and JSON strings: ISO-8601 UTC times, empty null.
	 */
	public static String text(@Nullable Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof Instant instant) {
			return instant.toString();
		}
		return cell.toString();
	}

	/** A cell for a reader of the PDF: yes/no for booleans, a dash for nothing. */
	public static String display(@Nullable Object cell) {
		if (cell == null) {
			return "–";
		}
		if (cell instanceof Boolean bool) {
			return bool ? "yes" : "no";
		}
		return text(cell);
	}

}
