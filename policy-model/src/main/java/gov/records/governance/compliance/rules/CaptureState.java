package gov.records.governance.compliance.rules;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A platform's capture health: when its capture last reported, whether that is too long
 * ago, whether the last report showed failures (messages received but not saved), and
 * whether the backend itself says capture is off at its last sync (for Wickr, the
 * {@code dataRetention} setting or a data-retention bot flag; null when it does not).
 */
public record CaptureState(@Nullable Instant lastReportAt, boolean stale, boolean failing,
		@Nullable String backendOff) {

	public static final CaptureState NEVER_REPORTED = new CaptureState(null, true, false);

	public CaptureState(@Nullable Instant lastReportAt, boolean stale, boolean failing) {
		this(lastReportAt, stale, failing, null);
	}

	public boolean healthy() {
		return !this.stale && !this.failing && this.backendOff == null;
	}

}
