package gov.records.governance.settings;

import gov.records.governance.compliance.rules.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A change was refused because it would open a critical finding, or because a legal hold
 * freezes the group ({@link HoldFrozenException}); nothing was written but the audit
 * event of the refusal.
 */
public class GuardrailException extends RuntimeException {

	private final List<Violation> violations;

	public GuardrailException(String groupName, List<Violation> violations) {
		super("Refused for " + groupName + ": "
				+ violations.stream()
					.map((v) -> v.rule().title() + " — " + v.rule().explanation())
					.collect(Collectors.joining(" ")));
		this.violations = List.copyOf(violations);
	}

	/** A refusal that is not a rule's finding (a hold's freeze): the message says why. */
	protected GuardrailException(String message) {
		super(message);
		this.violations = List.of();
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
