package gov.records.governance.compliance.rules;

import gov.records.governance.compliance.EffectivePolicy;
import gov.records.governance.groups.DeletionSettings;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the rules know about one group: its settings (current or proposed), the reason
 * recorded for them, its effective policy, its Capstone accounts, its platform's capture
 * health and its live settings as the backend last reported them (null: never reported).
 */
public record GroupFacts(long groupId, String groupName, long organizationId, long platformId, String platformName,
		DeletionSettings settings, @Nullable String settingsReason, EffectivePolicy policy,
		List<AccountRef> capstoneAccounts, CaptureState capture, @Nullable LiveState live) {

	public GroupFacts {
		capstoneAccounts = List.copyOf(capstoneAccounts);
	}

	/** A group whose backend has not reported it. */
	public GroupFacts(long groupId, String groupName, long organizationId, long platformId, String platformName,
			DeletionSettings settings, @Nullable String settingsReason, EffectivePolicy policy,
			List<AccountRef> capstoneAccounts, CaptureState capture) {
		this(groupId, groupName, organizationId, platformId, platformName, settings, settingsReason, policy,
				capstoneAccounts, capture, null);
	}

	/**
	 * Messages are captured into a recordkeeping system, and the capture is known to
	 * work.
	 */
	public boolean capturedAndHealthy() {
		return this.settings.captureEnabled() && this.capture.healthy();
	}

	/**
	 * The same group with other settings: what the guardrails evaluate before a change.
	 * The proposed settings would be pushed, so the backend differing from them is not
	 * drift.
	 */
	public GroupFacts withSettings(DeletionSettings proposed, @Nullable String reason) {
		return new GroupFacts(this.groupId, this.groupName, this.organizationId, this.platformId, this.platformName,
				proposed, reason, this.policy, this.capstoneAccounts, this.capture,
				(this.live == null) ? null : this.live.pushing());
	}

}
