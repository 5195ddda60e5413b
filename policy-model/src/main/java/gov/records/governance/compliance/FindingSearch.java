package gov.records.governance.compliance;

import gov.records.governance.compliance.rules.RuleInfo;
import gov.records.governance.compliance.rules.Rules;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The condition for a pick-list's search text over findings: a finding number, or a case-
 * insensitive part of the summary, the organization's or platform's name, or a rule's
 * title (rule titles live in code, so matching rules become a list of ids). Wildcards a
 * user types are matched literally.
 */
final class FindingSearch {

	/** Longer text is cut: nobody types more into a pick-list. */
	static final int MAX_LENGTH = 100;

	private FindingSearch() {
	}

	/**
	 * " and (…)" with its parameters added, or "" when there is nothing to search for.
	 */
	static String condition(@Nullable String text, List<Object> params) {
		String typed = (text != null) ? text.strip() : "";
		if (typed.isEmpty()) {
			return "";
		}
		if (typed.length() > MAX_LENGTH) {
			typed = typed.substring(0, MAX_LENGTH);
		}
		String number = typed.startsWith("#") ? typed.substring(1).strip() : typed;
		StringBuilder condition = new StringBuilder(" and (");
		if (number.matches("\\d{1,18}")) {
			condition.append("f.id = ? or ");
			params.add(Long.parseLong(number));
		}
		String needle = typed.toLowerCase(Locale.ROOT);
		String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		condition.append("lower(f.summary) like ? escape '\\' or lower(o.name) like ? escape '\\'")
			.append(" or lower(p.name) like ? escape '\\'");
		params.add(pattern);
		params.add(pattern);
		params.add(pattern);
		List<String> rules = Rules.ALL.stream()
			.filter((r) -> r.title().toLowerCase(Locale.ROOT).contains(needle))
			.map(RuleInfo::id)
			.toList();
		for (String rule : rules) {
			condition.append(" or f.rule_id = ?");
			params.add(rule);
		}
		return condition.append(")").toString();
	}

}
