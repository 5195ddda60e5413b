package gov.records.governance.settings;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;

/**
 * One pending push: the outbox row, the group on its platform, the governed settings of
 * the policy version to push, its idempotency token and how often it was tried.
 */
public record OutboxItem(long id, long groupId, String groupName, String groupExternalId, long platformId,
		PlatformKind platformKind, long policyVersionId, DeletionSettings settings, String idempotencyToken,
		int attempts) {

}
