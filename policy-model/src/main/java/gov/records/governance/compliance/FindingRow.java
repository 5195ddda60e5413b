package gov.records.governance.compliance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One finding as lists show it. */
public record FindingRow(long id, String ruleId, String ruleTitle, Severity severity, String summary,
		String subjectType, long subjectId, @Nullable Long groupId, String organizationName, String platformName,
		Instant firstSeen, Instant lastSeen, @Nullable Instant resolvedAt) {

	public boolean open() {
		return this.resolvedAt == null;
	}

}
