package gov.records.governance.compliance.rules;

import java.util.Optional;

/** A rule checked on every group. */
public interface GroupRule {

	RuleInfo info();

	Optional<Violation> check(GroupFacts group);

	/**
	 * A violation of this rule by the group, with the evidence every group rule shows.
	 */
	default Violation violation(GroupFacts g, String summary, java.util.Map<String, Object> extra) {
		java.util.Map<String, Object> evidence = new java.util.LinkedHashMap<>();
		evidence.put("group", g.groupName());
		evidence.put("platform", g.platformName());
		evidence.put("autoDelete", g.settings().autoDelete());
		evidence.put("maxLifetime", g.settings().lifetimeText());
		evidence.put("capture", g.settings().captureEnabled() ? "on" : "off");
		evidence.put("captureHealthy", g.capture().healthy());
		evidence.put("requiredRetention", g.policy().requirement().label());
		evidence.put("policy", g.policy().explanation());
		evidence.putAll(extra);
		return new Violation(info(), SubjectType.GROUP, g.groupId(), g.organizationId(), g.platformId(), g.groupId(),
				summary, evidence);
	}

}
