package gov.records.governance.compliance.rules;

import gov.records.governance.compliance.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Capstone official's messages auto-delete and are not captured: they are permanent
 * records.
 */
public final class CapstoneWithoutCaptureRule implements GroupRule {

	public static final RuleInfo INFO = new RuleInfo("CAPSTONE_AUTO_DELETE_NO_CAPTURE", Severity.CRITICAL,
			"Capstone official in an auto-deleting group without capture",
			"Messages of Capstone officials are permanent records (GRS 6.1 item 010); letting them auto-delete "
					+ "uncaptured is unlawful destruction (36 CFR 1230.3).",
			"Turn on capture (and confirm it reports healthy) or turn auto-delete off for this group.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public Optional<Violation> check(GroupFacts g) {
		if (!g.settings().autoDelete() || g.capstoneAccounts().isEmpty() || g.capturedAndHealthy()) {
			return Optional.empty();
		}
		List<String> officials = g.capstoneAccounts()
			.stream()
			.map((a) -> a.displayName() + " (" + a.roleCategory().label() + ")")
			.toList();
		return Optional.of(violation(g, g.capstoneAccounts().size() + " Capstone official(s) in " + g.groupName()
				+ " whose messages auto-delete after " + g.settings().lifetimeText() + " without working capture.",
				Map.of("capstoneAccounts", officials)));
	}

}
