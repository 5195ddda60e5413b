package gov.records.governance.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a user asks for.
 *
 * @param type the report type
 * @param organizationId the organization whose subtree it covers (within the user's own)
 * @param from the start of the period, for the types that cover one; default 90 days
 * before {@code asOf}
 * @param asOf the moment the evidence is as of (the end of the period)
 * @param recommendation the inspector general's recommendation, for remediation evidence
 */
public record ReportRequest(ReportType type, long organizationId, @Nullable Instant from, Instant asOf,
		@Nullable String recommendation) {
}
