package gov.records.governance.compliance.rules;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import java.time.Instant;

/**
 * A group's settings as its backend last reported them: the platform kind (what it
 * holds), the live settings, since when, and whether a push of the governed settings is
 * still on its way (then a difference is expected, not drift).
 */
public record LiveState(PlatformKind kind, DeletionSettings settings, Instant since, boolean pushPending) {

	LiveState pushing() {
		return new LiveState(this.kind, this.settings, this.since, true);
	}

}
