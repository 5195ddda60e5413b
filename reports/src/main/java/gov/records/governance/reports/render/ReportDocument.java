package gov.records.governance.reports.render;

import java.util.List;

/**
 * A report to render: what it says about itself and its blocks in order.
 *
 * @param metadata title, subject, author, keywords, as-of time
 * @param blocks headings, paragraphs, tables and charts
 */
public record ReportDocument(ReportMetadata metadata, List<ReportBlock> blocks) {

	public ReportDocument {
		blocks = List.copyOf(blocks);
	}

}
