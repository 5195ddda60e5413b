package gov.records.governance.capstone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Matches account position titles against the positions of the forms in force (DD061): an
 * exact match after normalising case and spacing designates at once; a title that equals
 * a position only once abbreviations are spelled out, punctuation and small words dropped
 * and word order ignored is a suggestion for a records officer. Both lookups are hash
 * lookups, so matching is linear in the number of accounts.
 */
final class TitleMatcher {

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

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

	TitleMatcher(List<PositionRow> positions) {
		for (PositionRow p : positions) {
			this.exact.putIfAbsent(p.normalizedTitle(), p);
			this.loose.computeIfAbsent(loose(p.title()), (k) -> new ArrayList<>()).add(p);
		}
	}

	/** The position a title names exactly (case and spacing aside), if any. */
	@Nullable PositionRow exact(@Nullable String title) {
		return (title == null) ? null : this.exact.get(PositionCell.normalize(title));
	}

	/**
	 * Positions a title may mean: the same words once abbreviations and order are set
	 * aside.
	 */
	List<PositionRow> suggested(@Nullable String title) {
		if (title == null || title.isBlank()) {
			return List.of();
		}
		return this.loose.getOrDefault(loose(title), List.of());
	}

	/** Why a suggestion was made, for the officer deciding it. */
	static String why(String accountTitle, PositionRow position) {
		String[] a = words(accountTitle);
		String[] p = words(position.title());
		boolean sameWords = Arrays.equals(Arrays.stream(a).sorted().toArray(), Arrays.stream(p).sorted().toArray());
		return sameWords ? "same words in another order" : "abbreviations spelled out";
	}

	/** The title's words, abbreviations spelled out, small words dropped, sorted. */
	static String loose(String title) {
		List<String> words = new ArrayList<>();
		for (String word : words(title)) {
			String spelled = ABBREVIATIONS.getOrDefault(word, word);
			for (String part : spelled.split(" ")) {
				if (!SMALL_WORDS.contains(part)) {
					words.add(part);
				}
			}
		}
		words.sort(null);
		return String.join(" ", words);
	}

	private static String[] words(String title) {
		String text = NOT_WORD.matcher(PositionCell.normalize(title).replace("&", " and ").replace(".", ""))
			.replaceAll(" ")
			.strip();
		return text.isEmpty() ? new String[0] : text.split(" ");
	}

}
