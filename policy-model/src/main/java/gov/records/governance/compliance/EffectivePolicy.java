package gov.records.governance.compliance;

import java.util.List;

/**
 * A group's effective records policy: the retention its messages require and why.
 * {@code scheduled} is the requirement the schedules alone set (what applies once every
 * hold is released).
 */
public record EffectivePolicy(Requirement requirement, Requirement scheduled, List<PolicySource> sources,
		List<String> explanation) {

	public EffectivePolicy {
		sources = List.copyOf(sources);
		explanation = List.copyOf(explanation);
	}

	public boolean onHold() {
		return this.requirement.kind() == Requirement.Kind.HOLD;
	}

}
