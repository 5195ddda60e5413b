package gov.records.governance.reports;

import java.nio.file.Path;

/**
 * An archived bundle ready to hand out: its file (checked against its SHA-256), name and
 * hash.
 */
public record ArchivedBundle(long reportId, Path file, String fileName, String sha256, long sizeBytes) {
}
