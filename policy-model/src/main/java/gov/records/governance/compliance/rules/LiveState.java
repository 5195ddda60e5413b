package gov.records.governance.compliance.rules;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A group's settings as its backend last reported them: the platform kind (what it
 * holds), the live settings, since when, and whether a push of the governed settings is
 * still on its way (then a difference is expected, not drift), and the error of a push of
 * the governed settings that failed for good (null when none did).
 */
public record LiveState(PlatformKind kind, DeletionSettings settings, Instant since, boolean pushPending,
		@Nullable String failedPush) {

	public LiveState(PlatformKind kind, DeletionSettings settings, Instant since, boolean pushPending) {
		this(kind, settings, since, pushPending, null);
	}

	LiveState pushing() {
		return new LiveState(this.kind, this.settings, this.since, true, this.failedPush);
	}

}
