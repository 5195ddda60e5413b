package gov.records.governance.compliance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the Findings list is filtered by; every part optional. {@code openAt} answers
 * "what was open on date D" and takes precedence over {@code status}.
 */
public record FindingFilter(@Nullable Severity severity, @Nullable String ruleId, @Nullable Long organizationId,
		@Nullable Long platformId, Status status, @Nullable Long groupId, @Nullable Instant openAt) {

	/** Open, resolved, or both. */
	public enum Status {

		OPEN, RESOLVED, ALL

	}

	public static FindingFilter open() {
		return new FindingFilter(null, null, null, null, Status.OPEN, null, null);
	}

	public FindingFilter withSeverity(@Nullable Severity value) {
		return new FindingFilter(value, this.ruleId, this.organizationId, this.platformId, this.status, this.groupId,
				this.openAt);
	}

	public FindingFilter withRule(@Nullable String value) {
		return new FindingFilter(this.severity, value, this.organizationId, this.platformId, this.status, this.groupId,
				this.openAt);
	}

	public FindingFilter withOrganization(@Nullable Long value) {
		return new FindingFilter(this.severity, this.ruleId, value, this.platformId, this.status, this.groupId,
				this.openAt);
	}

	public FindingFilter withPlatform(@Nullable Long value) {
		return new FindingFilter(this.severity, this.ruleId, this.organizationId, value, this.status, this.groupId,
				this.openAt);
	}

	public FindingFilter withStatus(Status value) {
		return new FindingFilter(this.severity, this.ruleId, this.organizationId, this.platformId, value, this.groupId,
				this.openAt);
	}

	public FindingFilter withGroup(@Nullable Long value) {
		return new FindingFilter(this.severity, this.ruleId, this.organizationId, this.platformId, this.status, value,
				this.openAt);
	}

	public FindingFilter openAt(@Nullable Instant value) {
		return new FindingFilter(this.severity, this.ruleId, this.organizationId, this.platformId, this.status,
				this.groupId, value);
	}

}
