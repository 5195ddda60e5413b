package gov.records.governance.settings;

import gov.records.governance.compliance.rules.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** A change was refused because it would open a critical finding; nothing was written. */
public class GuardrailException extends RuntimeException {

	private final List<Violation> violations;

	public GuardrailException(String groupName, List<Violation> violations) {
		super("Refused for " + groupName + ": "
				+ violations.stream()
					.map((v) -> v.rule().title() + " — " + v.rule().explanation())
					.collect(Collectors.joining(" ")));
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
