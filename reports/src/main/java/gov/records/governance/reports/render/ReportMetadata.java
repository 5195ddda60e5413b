package gov.records.governance.reports.render;

import java.time.Instant;

/**
 * What the PDF says about itself (document information and XMP metadata).
 *
 * @param title the title, also the first heading
 * @param subject one sentence on what the report shows
 * @param author the agency or office that issues it
 * @param keywords comma-separated keywords
 * @param asOf the date and time the evidence is as of, shown under the title
 */
public record ReportMetadata(String title, String subject, String author, String keywords, Instant asOf) {
}
