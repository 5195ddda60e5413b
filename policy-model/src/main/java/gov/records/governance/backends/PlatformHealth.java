package gov.records.governance.backends;

import gov.records.governance.platforms.PlatformSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A platform with its sync health: the latest attempt, the latest success and what it saw
 * (groups, accounts, capture), the latest error, the capture bot's last report, and how
 * many drift findings are open.
 */
public record PlatformHealth(PlatformSummary platform, SyncStatus status, @Nullable Instant lastAttemptAt,
		@Nullable Instant lastSuccessAt, @Nullable Instant lastErrorAt, @Nullable String lastError,
		int consecutiveFailures, @Nullable String backendName, Map<String, String> facts, @Nullable Integer groupsSeen,
		@Nullable Integer groupsUnmatched, @Nullable Long accountsActive, @Nullable Long accountsPending,
		@Nullable Long accountsSuspended, @Nullable Boolean captureSupported, @Nullable Boolean captureEnabled,
		@Nullable String captureDetail, @Nullable Long lastDurationMs, @Nullable CaptureReport lastCaptureReport,
		long openDrift) {

	public PlatformHealth {
		facts = Map.copyOf(facts);
	}

	/**
	 * A platform with no sync record yet: nothing attempted, seen or failed; only the
	 * capture bot's report and the open drift, which do not depend on a sync.
	 */
	static PlatformHealth neverSynced(PlatformSummary platform, Instant now, @Nullable CaptureReport lastCaptureReport,
			long openDrift) {
		return new PlatformHealth(platform, status(platform, null, 0, now), null, null, null, null, 0, null, Map.of(),
				null, null, null, null, null, null, null, null, null, lastCaptureReport, openDrift);
	}

	/** How old the last good state is at {@code now}; null if there is none. */
	public @Nullable Duration age(Instant now) {
		return (this.lastSuccessAt == null) ? null : Duration.between(this.lastSuccessAt, now);
	}

	/**
	 * The status a sync record gives at {@code now} for a platform synced every interval.
	 */
	static SyncStatus status(PlatformSummary platform, @Nullable Instant lastSuccess, int failures, Instant now) {
		if (!platform.connected()) {
			return SyncStatus.NOT_CONNECTED;
		}
		if (lastSuccess == null) {
			return SyncStatus.NEVER;
		}
		Duration staleAfter = Duration.ofSeconds(2L * platform.syncIntervalSeconds() + 60);
		if (Duration.between(lastSuccess, now).compareTo(staleAfter) > 0) {
			return SyncStatus.STALE;
		}
		return (failures > 0) ? SyncStatus.DEGRADED : SyncStatus.OK;
	}

}
