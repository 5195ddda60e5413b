package gov.records.governance.reports;

import java.time.Duration;

/**
 * Published when a report's generation ended, done or failed, with how long it took (for
 * the console's metrics).
 */
public record ReportGenerated(long reportId, String type, boolean succeeded, Duration took) {

}
