package gov.records.governance.connectors;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.PlatformControls;
import gov.records.governance.platforms.PlatformKind;
import java.util.List;
import java.util.function.Consumer;

/**
 * One messaging backend (a Wickr network, a Mattermost server, a Matrix homeserver) seen
 * through the settings the console governs. Implementations are thread-safe; every
 * failure is a {@link ConnectorException} with a {@link ConnectorException.Kind}.
 */
public interface BackendConnector {

	PlatformKind kind();

	/**
	 * Reads the platform's facts, every group with its live deletion settings, account
	 * counts and the capture state. Pages through everything; holds no message content.
	 */
	PlatformStatus fetchStatus();

	/**
	 * Makes a group's live settings equal to {@code settings}. Idempotent: calling it
	 * again with the same token (after a crash, a lost response or a time-out) changes
	 * nothing more. Settings the platform cannot express are refused with
	 * {@link ConnectorException.Kind#VALIDATION} before anything is sent.
	 * @param groupExternalId the group's id on the platform, as in {@link GroupStatus}
	 * @param settings the settings the group should have
	 * @param idempotencyToken the caller's token for this change (the outbox row's id)
	 * @return the live settings after the change
	 */
	ApplyResult apply(String groupExternalId, DeletionSettings settings, String idempotencyToken);

	/**
	 * Like {@link #fetchStatus()}, but hands each group to {@code groups} as it is read,
	 * so a large network never sits in memory at once. The returned status holds the
	 * platform's facts, counts and capture; its group list is empty.
	 */
	default PlatformStatus streamStatus(Consumer<GroupStatus> groups) {
		PlatformStatus status = fetchStatus();
		status.groups().forEach(groups);
		return new PlatformStatus(status.kind(), status.externalId(), status.name(), status.facts(), List.of(),
				status.accounts(), status.capture(), status.fetchedAt());
	}

	/**
	 * Pushes a group's governed settings: {@link #apply} with what this platform holds of
	 * them ({@link PlatformControls#pushed}). Idempotent like {@code apply}.
	 */
	default ApplyResult push(String groupExternalId, DeletionSettings governed, String idempotencyToken) {
		return apply(groupExternalId, PlatformControls.pushed(kind(), governed), idempotencyToken);
	}

}
