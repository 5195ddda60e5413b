package gov.records.governance.reports;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where generated bundles are archived ({@code governance.reports.archive-dir}); default
 * {@code ~/.governance-console/report-archive}. Keep it on storage that is backed up with
 * the database: the database holds each bundle's SHA-256, the directory its bytes.
 */
@ConfigurationProperties("governance.reports")
public record ReportsProperties(@Nullable Path archiveDir) {

	public Path archivePath() {
		return (this.archiveDir != null) ? this.archiveDir
				: Path.of(System.getProperty("user.home"), ".governance-console", "report-archive");
	}

}
