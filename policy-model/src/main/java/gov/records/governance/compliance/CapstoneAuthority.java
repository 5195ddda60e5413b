package gov.records.governance.compliance;

import gov.records.governance.compliance.rules.AccountRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Adds to a group's effective-policy explanation the authority behind its Capstone
 * officials: the NA-1005 form and category each was designated by, or that the category
 * was set by hand with no form behind it; and a retention lock on the group (DD052).
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

	/** Adds the group's retention lock, if any, to its sources and explanation. */
	static EffectivePolicy locked(EffectivePolicy policy, @Nullable PolicySource lock) {
		if (lock == null) {
			return policy;
		}
		List<PolicySource> sources = new ArrayList<>(policy.sources());
		sources.add(lock);
		List<String> explanation = new ArrayList<>(policy.explanation());
		explanation.add("Locked: " + lock.label() + "; no change may delete its messages sooner (DD052).");
		return new EffectivePolicy(policy.requirement(), policy.scheduled(), sources, explanation);
	}

}
