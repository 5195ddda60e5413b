package gov.records.governance.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A report in the archive, as the list shows it.
 *
 * @param progress percent done (100 once DONE); live while it runs
 * @param progressNote what it is doing now
 */
public record ReportSummary(long id, ReportType type, String title, long organizationId, String organizationName,
		@Nullable Instant from, Instant asOf, String parameters, String requestedBy, Instant requestedAt,
		ReportStatus status, int progress, @Nullable String progressNote, @Nullable Instant finishedAt,
		@Nullable String failure, @Nullable String fileName, @Nullable Long sizeBytes, @Nullable String sha256,
		@Nullable Long checkpointSize) {
}
