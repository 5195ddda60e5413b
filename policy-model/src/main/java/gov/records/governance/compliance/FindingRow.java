package gov.records.governance.compliance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One finding as lists show it; {@code organizationId} lets a view name the organization
 * with its component.
 */
public record FindingRow(long id, String ruleId, String ruleTitle, Severity severity, String summary,
		String subjectType, long subjectId, @Nullable Long groupId, long organizationId, String organizationName,
		String platformName, Instant firstSeen, Instant lastSeen, @Nullable Instant resolvedAt) {

	public boolean open() {
		return this.resolvedAt == null;
	}

}
