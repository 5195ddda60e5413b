package gov.records.governance.compliance.rules;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One breach of one rule by one subject, with the evidence that shows it. */
public record Violation(RuleInfo rule, SubjectType subjectType, long subjectId, long organizationId, long platformId,
		@Nullable Long groupId, String summary, Map<String, Object> evidence) {

	public Violation {
		evidence = Map.copyOf(evidence);
	}

	/**
	 * What identifies the finding across runs: the same rule broken by the same subject.
	 */
	public String key() {
		return key(this.rule.id(), this.subjectType, this.subjectId);
	}

	public static String key(String ruleId, SubjectType type, long subjectId) {
		return ruleId + "/" + type + "/" + subjectId;
	}

}
