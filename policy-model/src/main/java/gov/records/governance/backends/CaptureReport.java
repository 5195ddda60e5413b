package gov.records.governance.backends;

import java.time.Instant;

/**
 * A capture bot's report for one platform: messages received, saved into the
 * recordkeeping system and failed since its previous report, and when it reported.
 */
public record CaptureReport(Instant reportedAt, long received, long saved, long failed) {

}
