package gov.records.governance.capstone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a category cell ({@code Title, N; Title, N}) as a person would: the number is
 * what follows the last comma of an entry, so titles may hold commas and parentheses; a
 * count written into the title ("Board Member (3 positions)") is taken out of it and used
 * when the entry gives none; a trailing comma with no number leaves the count open; the
 * several ways of writing "no positions in this category" read as none.
 */
final class PositionCell {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern SEPARATORS = Pattern.compile("[;\\r\\n]+");

	private static final Pattern COUNT = Pattern.compile("\\d{1,6}");

	private static final Pattern COUNT_IN_TITLE = Pattern.compile(
			"\\s*\\(\\s*(\\d{1,6})\\s+(?:positions?|accounts?|persons?|people|seats?)\\s*\\)\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NOTHING = Pattern.compile(
			"^(?:n/?a\\b.*|none\\b.*|not applicable\\b.*|no positions?\\b.*|there are no\\b.*|-+|0)$",
			Pattern.CASE_INSENSITIVE);

	private PositionCell() {
	}

	/** Spacing tidied: runs of white space become one space, ends trimmed. */
	static String tidy(@Nullable String text) {
		return (text == null) ? "" : SPACES.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip();
	}

	/** Whether the cell says there is no position in the category. */
	static boolean saysNone(String cell) {
		String text = tidy(cell).replaceAll("[.\\s]+$", "");
		return text.isEmpty() || NOTHING.matcher(text).matches();
	}

	/**
	 * The positions of one category; each entry that cannot be read adds a reason to
	 * {@code problems}, each generous reading a remark to {@code remarks}.
	 */
	static List<DesignatedPosition> read(int category, @Nullable String cell, List<String> problems,
			List<String> remarks) {
		List<DesignatedPosition> result = new ArrayList<>();
		if (cell == null || saysNone(cell)) {
			return result;
		}
		for (String raw : SEPARATORS.split(cell)) {
			String entry = tidy(raw);
			if (entry.isEmpty() || saysNone(entry)) {
				continue;
			}
			DesignatedPosition position = entry(category, entry, problems, remarks);
			if (position != null) {
				result.add(position);
			}
		}
		return result;
	}

	private static @Nullable DesignatedPosition entry(int category, String entry, List<String> problems,
			List<String> remarks) {
		String title = entry;
		Integer count = null;
		int comma = entry.lastIndexOf(',');
		if (comma >= 0) {
			String tail = entry.substring(comma + 1).strip();
			if (tail.isEmpty() || COUNT.matcher(tail).matches()) {
				title = entry.substring(0, comma).strip();
				count = tail.isEmpty() ? null : Integer.valueOf(tail);
			}
		}
		title = title.replaceAll("[,\\s]+$", "");
		Matcher inTitle = COUNT_IN_TITLE.matcher(title);
		if (inTitle.find()) {
			int written = Integer.parseInt(inTitle.group(1));
			title = tidy(inTitle.replaceFirst(" "));
			if (count == null) {
				count = written;
			}
			else if (count != written) {
				remarks.add("Category " + category + ": \"" + entry + "\" gives " + written + " in the title and "
						+ count + " after it; " + count + " was used.");
			}
		}
		if (title.isEmpty() || COUNT.matcher(title).matches()) {
			problems.add("\"" + entry + "\" has no position title");
			return null;
		}
		if (count == null) {
			remarks.add("Category " + category + ": \"" + title + "\" gives no number of accounts.");
		}
		return new DesignatedPosition(category, title, count);
	}

	/** The title as matching compares it: lower case, spacing tidied. */
	static String normalize(String title) {
		return tidy(title).toLowerCase(Locale.ROOT);
	}

}
