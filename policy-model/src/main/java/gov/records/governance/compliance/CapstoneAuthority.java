package gov.records.governance.compliance;

import gov.records.governance.compliance.rules.AccountRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds to a group's effective-policy explanation the authority behind its Capstone
 * officials: the NA-1005 form and category each was designated by, or that the category
 * was set by hand with no form behind it.
 */
final class CapstoneAuthority {

	private CapstoneAuthority() {
	}

	static EffectivePolicy explain(EffectivePolicy policy, List<AccountRef> capstone, Map<Long, String> forms) {
		if (capstone.isEmpty()) {
			return policy;
		}
		Map<String, Integer> counts = new TreeMap<>();
		for (AccountRef account : capstone) {
			String form = forms.get(account.id());
			String category = account.roleCategory().label();
			counts.merge((form != null) ? category + " designated by NA-1005 form " + form
					: category + " set by hand, with no NA-1005 form as its authority", 1, Integer::sum);
		}
		List<String> parts = new ArrayList<>();
		counts.forEach((what, n) -> parts.add(n + " account(s) in " + what));
		List<String> explanation = new ArrayList<>(policy.explanation());
		explanation.add("Capstone officials (GRS 6.1 item 010, permanent): " + String.join("; ", parts) + ".");
		return new EffectivePolicy(policy.requirement(), policy.scheduled(), policy.sources(), explanation);
	}

}
