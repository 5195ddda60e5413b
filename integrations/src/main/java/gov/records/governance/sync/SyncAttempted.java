package gov.records.governance.sync;

import java.time.Duration;

/**
 * Published after every sync this instance tried or skipped, whatever its outcome: the
 * console's metrics time it per platform and its readiness waits for the first one of
 * each platform (an attempt, not a success).
 */
public record SyncAttempted(long platformId, String platformName, SyncOutcome.Status status, Duration took) {

}
