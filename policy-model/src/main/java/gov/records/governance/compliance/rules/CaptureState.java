package gov.records.governance.compliance.rules;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A platform's capture health: when its capture last reported, whether that is too long
 * ago, and whether the last report showed failures (messages received but not saved).
 */
public record CaptureState(@Nullable Instant lastReportAt, boolean stale, boolean failing) {

	public static final CaptureState NEVER_REPORTED = new CaptureState(null, true, false);

	public boolean healthy() {
		return !this.stale && !this.failing;
	}

}
