package gov.records.governance.settings;

import org.jspecify.annotations.Nullable;

/**
 * The result of submitting a change: applied (with its new policy version) or waiting
 * (with its request).
 */
public record ChangeOutcome(long groupId, ChangeStatus status, @Nullable Long policyVersionId, @Nullable Long requestId,
		String message) {
}
