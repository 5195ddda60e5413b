package gov.records.governance.audit.ui;

import gov.records.governance.audit.AuditFilter;
import gov.records.governance.audit.AuditLogService;
import gov.records.governance.audit.AuditRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The audit events that match the view's filters as CSV, page by page (never the whole
 * log in memory), with the raw action and the full hashes for checking.
 */
final class AuditCsv {

	static final int PAGE = 1000;

	private AuditCsv() {
	}

	static void write(AuditLogService log, AuditFilter filter, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer,
				CSVFormat.RFC4180.builder()
					.setHeader("seq", "occurred_at", "actor", "role", "action", "target_type", "target_id", "reason",
							"client_address", "prev_hash", "hash")
					.get());
		for (int page = 0;; page++) {
			List<AuditRecord> rows = log.search(filter, PageRequest.of(page, PAGE));
			for (AuditRecord e : rows) {
				csv.printRecord(e.seq(), e.occurredAt(), safe(e.actor()), e.actorRole(), e.action(), e.targetType(),
						safe(e.targetId()), safe(e.reason()), e.clientAddress(), e.prevHash(), e.hash());
			}
			if (rows.size() < PAGE) {
				break;
			}
		}
		csv.flush();
	}

	/**
	 * A cell a spreadsheet would run as a formula (starting with =, +, - or @) is written
	 * with a leading apostrophe.
	 */
	static @Nullable String safe(@Nullable String value) {
		if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
