package gov.records.governance.compliance.rules;

import gov.records.governance.compliance.Severity;
import gov.records.governance.groups.PlatformControls;
import gov.records.governance.groups.PlatformControls.Difference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The backend's live settings differ from the governed ones (someone changed them in the
 * backend, or a push failed), or the push of the governed settings failed for good: the
 * console's record of what is in force is no longer true.
 */
public final class DriftRule implements GroupRule {

	public static final RuleInfo INFO = new RuleInfo("SETTINGS_DRIFT", Severity.HIGH,
			"Live settings differ from the governed settings",
			"A recordkeeping system must prevent unauthorized change and keep an audit trail of every change "
					+ "(36 CFR 1236.20(b)); a setting changed outside the console bypasses both.",
			"Find out who changed the setting in the backend; push the governed settings back (or let the "
					+ "platform's automatic remediation do it), or record the change properly in the console.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public Optional<Violation> check(GroupFacts g) {
		LiveState live = g.live();
		if (live == null || live.pushPending()) {
			return Optional.empty();
		}
		List<Difference> differences = new ArrayList<>(
				PlatformControls.differences(live.kind(), g.settings(), live.settings()));
		if (live.failedPush() != null) {
			differences.add(PlatformControls.failedPush(g.settings(), live.failedPush()));
		}
		if (differences.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("governed", g.settings().summary());
		extra.put("live", live.settings().summary());
		extra.put("liveSince", live.since().toString());
		extra.put("differences", differences.stream().map(Difference::toString).toList());
		String what = differences.stream().map(Difference::toString).collect(Collectors.joining("; "));
		return Optional
			.of(violation(g, g.groupName() + " on " + g.platformName() + " has drifted: " + what + ".", extra));
	}

}
