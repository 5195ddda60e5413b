package gov.records.governance.settings;

/**
 * Published when a new policy version was applied to a group (after approval, if one was
 * needed).
 */
public record DeletionSettingsChanged(long groupId, long policyVersionId) {
}
