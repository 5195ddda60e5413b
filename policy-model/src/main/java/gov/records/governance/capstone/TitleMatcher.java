package gov.records.governance.capstone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Matches account position titles against the positions of the forms in force (DD061): an
 * exact match after normalising case and spacing designates at once; a title that equals
 * a position only once abbreviations are spelled out, punctuation and small words dropped
 * and word order ignored is a suggestion for a records officer. Both lookups are hash
 * lookups, so matching is linear in the number of accounts.
 */
final class TitleMatcher {

	private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "to", "in", "on", "at");

	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("asst", "assistant"),
			Map.entry("assoc", "associate"), Map.entry("dep", "deputy"), Map.entry("dpty", "deputy"),
			Map.entry("dir", "director"), Map.entry("sec", "secretary"), Map.entry("secy", "secretary"),
			Map.entry("gen", "general"), Map.entry("insp", "inspector"), Map.entry("ig", "inspector general"),
			Map.entry("oig", "office inspector general"), Map.entry("gc", "general counsel"),
			Map.entry("cio", "chief information officer"), Map.entry("cfo", "chief financial officer"),
			Map.entry("coo", "chief operating officer"), Map.entry("cto", "chief technology officer"),
			Map.entry("ciso", "chief information security officer"), Map.entry("cdo", "chief data officer"),
			Map.entry("chf", "chief"), Map.entry("admin", "administrator"), Map.entry("adm", "administrator"),
			Map.entry("exec", "executive"), Map.entry("sr", "senior"), Map.entry("spec", "special"),
			Map.entry("adv", "advisor"), Map.entry("adviser", "advisor"), Map.entry("ofc", "office"),
			Map.entry("dept", "department"), Map.entry("natl", "national"), Map.entry("reg", "regional"),
			Map.entry("rgnl", "regional"), Map.entry("mgr", "manager"), Map.entry("usec", "under secretary"),
			Map.entry("dsec", "deputy secretary"), Map.entry("cos", "chief staff"),
			Map.entry("pdas", "principal deputy assistant secretary"), Map.entry("das", "deputy assistant secretary"),
			Map.entry("prin", "principal"), Map.entry("pres", "president"), Map.entry("vp", "vice president"),
			Map.entry("cmsnr", "commissioner"), Map.entry("comm", "commissioner"));

	private final Map<String, PositionRow> exact = new HashMap<>();

	private final Map<String, List<PositionRow>> loose = new HashMap<>();

	/**
	 * Every word of every position's loose form: a title with any other word matches
	 * none.
	 */
	private final Set<String> vocabulary = new HashSet<>();

	TitleMatcher(List<PositionRow> positions) {
		for (PositionRow p : positions) {
			this.exact.putIfAbsent(p.normalizedTitle(), p);
			List<String> words = looseWords(p.title(), null);
			this.vocabulary.addAll(words);
			this.loose.computeIfAbsent(String.join(" ", words), (k) -> new ArrayList<>()).add(p);
		}
	}

	/** The position a title names exactly (case and spacing aside), if any. */
	@Nullable PositionRow exact(@Nullable String title) {
		return (title == null) ? null : this.exact.get(normalize(title));
	}

	/**
	 * Positions a title may mean: the same words once abbreviations and order are set
	 * aside. A title with a word no position has is dismissed as soon as that word is
	 * read, before any sorting or lookup: most titles compared are of that kind.
	 */
	List<PositionRow> suggested(@Nullable String title) {
		if (title == null || title.isBlank()) {
			return List.of();
		}
		List<String> words = looseWords(title, this.vocabulary);
		if (words == null) {
			return List.of();
		}
		return this.loose.getOrDefault(String.join(" ", words), List.of());
	}

	/** Why a suggestion was made, for the officer deciding it. */
	static String why(String accountTitle, PositionRow position) {
		List<String> a = new ArrayList<>(words(accountTitle));
		List<String> p = new ArrayList<>(words(position.title()));
		a.sort(null);
		p.sort(null);
		return a.equals(p) ? "same words in another order" : "abbreviations spelled out";
	}

	/** The title's words, abbreviations spelled out, small words dropped, sorted. */
	static String loose(String title) {
		return String.join(" ", Objects.requireNonNull(looseWords(title, null)));
	}

	/**
	 * The loose form's words, sorted; {@code null} as soon as a word is not in
	 * {@code vocabulary} (when one is given).
	 */
	private static @Nullable List<String> looseWords(String title, @Nullable Set<String> vocabulary) {
		List<String> words = new ArrayList<>();
		for (String word : words(title)) {
			String spelled = ABBREVIATIONS.getOrDefault(word, word);
			int from = 0;
			while (from <= spelled.length()) {
				int space = spelled.indexOf(' ', from);
				int to = (space < 0) ? spelled.length() : space;
				String part = spelled.substring(from, to);
				if (!SMALL_WORDS.contains(part)) {
					if (vocabulary != null && !vocabulary.contains(part)) {
						return null;
					}
					words.add(part);
				}
				from = to + 1;
			}
		}
		words.sort(null);
		return words;
	}

	/**
	 * The title's words: lower case, "&" read as "and", full stops dropped ("U.S." is
	 * "us"), anything but ASCII letters and digits a word break. One pass, no regular
	 * expression; a title of ASCII characters only (nearly all) is read as it is, lower
	 * case letter by letter, any other is normalised first.
	 */
	private static List<String> words(String title) {
		String text = ascii(title) ? title : normalize(title);
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '.') {
				continue;
			}
			if (c >= 'A' && c <= 'Z') {
				word.append((char) (c + ('a' - 'A')));
				continue;
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				word.append(c);
				continue;
			}
			flush(word, words);
			if (c == '&') {
				words.add("and");
			}
		}
		flush(word, words);
		return words;
	}

	private static boolean ascii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	private static void flush(StringBuilder word, List<String> words) {
		if (!word.isEmpty()) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

	/**
	 * The same as {@link PositionCell#normalize} (non-breaking spaces and runs of white
	 * space as one space, ends trimmed, lower case) without a regular expression: one
	 * pass for a title of ASCII characters only, lower case as it goes; any other title
	 * is also stripped and lower-cased as a whole, as Unicode has it.
	 */
	static String normalize(String title) {
		StringBuilder out = new StringBuilder(title.length());
		boolean space = false;
		boolean ascii = true;
		for (int i = 0; i < title.length(); i++) {
			char c = title.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0') {
				space = !out.isEmpty();
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			if (c >= 'A' && c <= 'Z') {
				c = (char) (c + ('a' - 'A'));
			}
			else if (c >= 0x80 || c < 0x20) {
				ascii = false;
			}
			out.append(c);
		}
		return ascii ? out.toString() : out.toString().strip().toLowerCase(Locale.ROOT);
	}

}
