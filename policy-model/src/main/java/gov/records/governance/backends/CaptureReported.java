package gov.records.governance.backends;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A capture bot reported for a platform: this report and the one before it (null when
 * there was none), so that listeners can tell whether capture health changed.
 */
public record CaptureReported(long platformId, @Nullable CaptureReport previous, CaptureReport report) {

}
