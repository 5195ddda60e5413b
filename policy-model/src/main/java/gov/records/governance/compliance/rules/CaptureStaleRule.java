package gov.records.governance.compliance.rules;

import gov.records.governance.compliance.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Capture is switched on for the group, but its platform's capture has not reported for
 * too long.
 */
public final class CaptureStaleRule implements GroupRule {

	public static final RuleInfo INFO = new RuleInfo("CAPTURE_STALE", Severity.HIGH,
			"Capture is on but has not reported recently",
			"A recordkeeping system must capture records reliably and keep audit trails (36 CFR 1236.20(b)); "
					+ "silence from the capture means copies may be missing.",
			"Check the platform's capture bot (for Wickr, the data-retention bot) and its reports to the console.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public Optional<Violation> check(GroupFacts g) {
		if (!g.settings().captureEnabled() || g.capture().healthy()) {
			return Optional.empty();
		}
		Map<String, Object> extra = new LinkedHashMap<>();
		extra.put("captureLastReport",
				(g.capture().lastReportAt() != null) ? g.capture().lastReportAt().toString() : "never");
		extra.put("captureFailing", g.capture().failing());
		if (g.capture().backendOff() != null) {
			extra.put("captureOffInBackend", g.capture().backendOff());
		}
		String why = (g.capture().backendOff() != null) ? "is off in the backend (" + g.capture().backendOff() + ")"
				: g.capture().failing() ? "reports failures" : (g.capture().lastReportAt() == null)
						? "has never reported" : "last reported at " + g.capture().lastReportAt();
		return Optional.of(violation(g, "Capture for " + g.platformName() + " " + why + ".", extra));
	}

}
