package gov.records.governance.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import gov.records.governance.compliance.FindingFilter;
import gov.records.governance.compliance.FindingRow;
import gov.records.governance.compliance.FindingService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The findings that match the view's filters as CSV (the filters in force when the link
 * is followed), page by page, within the viewer's scope as the list itself.
 */
final class FindingCsv {

	static final int PAGE = 1000;

	private FindingCsv() {
	}

	static Anchor link(FindingService findings, Supplier<FindingFilter> filter) {
		DownloadHandler handler = (event) -> {
			event.setFileName("findings.csv");
			event.setContentType("text/csv");
			write(findings, filter.get(), event.getOutputStream());
		};
		Anchor link = new Anchor(handler, "Export these findings (CSV)");
		link.setId("export-findings-csv");
		link.getElement().setAttribute("download", true);
		return link;
	}

	static void write(FindingService findings, FindingFilter filter, OutputStream out) throws IOException {
		CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder()
					.setHeader("finding", "severity", "rule", "summary", "organization", "platform", "group",
							"first_seen", "last_seen", "resolved_at")
					.get());
		for (int page = 0;; page++) {
			List<FindingRow> rows = findings.list(filter, PageRequest.of(page, PAGE));
			for (FindingRow f : rows) {
				csv.printRecord(f.id(), f.severity().label(), f.ruleTitle(), safe(f.summary()),
						safe(f.organizationName()), safe(f.platformName()), f.groupId(), f.firstSeen(), f.lastSeen(),
						f.resolvedAt());
			}
			if (rows.size() < PAGE) {
				break;
			}
		}
		csv.flush();
	}

	private static @Nullable String safe(@Nullable String value) {
		if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
