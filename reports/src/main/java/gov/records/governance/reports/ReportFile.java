package gov.records.governance.reports;

import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * One file of an archived bundle handed out on its own: the PDF/A, the JSON document or
 * one table's CSV, taken from the bundle after the bundle was checked against its
 * recorded SHA-256.
 *
 * @param reportId the report
 * @param entry its name inside the bundle ({@code report.pdf}, {@code tables/groups.csv})
 * @param fileName the name to save it under
 * @param contentType its media type
 * @param content its bytes
 * @param sha256 the SHA-256 of the bytes, raw
 */
public record ReportFile(long reportId, String entry, String fileName, String contentType, byte[] content,
		byte[] sha256) {

	/** The formats a report is downloaded in apart from the bundle. */
	public enum Format {

		PDF("report.pdf", "application/pdf"), JSON("report.json", "application/json"),
		CSV(null, "text/csv; charset=utf-8");

		private final @Nullable String entry;

		private final String contentType;

		Format(@Nullable String entry, String contentType) {
			this.entry = entry;
			this.contentType = contentType;
		}

		public String contentType() {
			return this.contentType;
		}

		String entry(String table) {
			return (this.entry != null) ? this.entry : "tables/" + table + ".csv";
		}

	}

	/**
	 * The SHA-256 in standard base64, as RFC 3230 Digest and RFC 9530 Repr-Digest carry
	 * it.
	 */
	public String sha256Base64() {
		return Base64.getEncoder().encodeToString(this.sha256);
	}

}
