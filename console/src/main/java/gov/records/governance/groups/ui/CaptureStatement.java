package gov.records.governance.groups.ui;

import gov.records.governance.backends.LiveGroupState;
import gov.records.governance.compliance.FindingDetails;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One statement about a group's capture for records that never contradicts the rest of
 * its page (Found 5): what the console has configured, what the backend reports live
 * (labelled as such), and whether an open finding says capture is not healthy.
 */
final class CaptureStatement {

	private CaptureStatement() {
	}

	static String of(boolean configured, Optional<LiveGroupState> live, List<FindingDetails> openFindings) {
		return of(configured, live, openFindings, true);
	}

	/**
	 * @param findingsKnown false for a past moment before the console kept findings: then
	 * nothing is said about health, which only a finding can deny (DD080)
	 */
	static String of(boolean configured, Optional<LiveGroupState> live, List<FindingDetails> openFindings,
			boolean findingsKnown) {
		StringBuilder text = new StringBuilder("Configured ").append(configured ? "on" : "off");
		live.ifPresent(
				(state) -> text.append("; live in the backend: ").append(state.live().captureEnabled() ? "on" : "off"));
		List<FindingDetails> capture = openFindings.stream()
			.filter((d) -> d.rule().id().toUpperCase(Locale.ROOT).contains("CAPTURE"))
			.toList();
		if (!capture.isEmpty()) {
			text.append("; not healthy: ").append(capture.getFirst().rule().title().toLowerCase(Locale.ROOT));
		}
		else if (!findingsKnown) {
			text.append("; health not known for that day");
		}
		else if (configured && live.map((s) -> s.live().captureEnabled()).orElse(true)) {
			text.append("; healthy");
		}
		return text.toString();
	}

}
