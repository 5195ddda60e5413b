package gov.records.governance.api;

import gov.records.governance.audit.AuditFilter;
import gov.records.governance.audit.AuditLogService;
import gov.records.governance.audit.AuditRecord;
import gov.records.governance.audit.ChainVerification;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit log: filtered reads, chain verification, and the JSON Lines export. */
@RestController
@RequestMapping("/api/audit")
class AuditApi {

	private final AuditLogService log;

	AuditApi(AuditLogService log) {
		this.log = log;
	}

	@GetMapping
	List<AuditRecord> search(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String target,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return this.log.search(new AuditFilter(actor, action, target, from, to), Paging.of(page, size, 1_000));
	}

	@GetMapping("/verify")
	ChainVerification verify() {
		return this.log.verify();
	}

	@GetMapping(value = "/export", produces = "application/x-ndjson")
	ResponseEntity<StreamingResponseBody> export() {
		this.log.count(AuditFilter.none());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.jsonl\"")
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.body(this.log::exportJsonLines);
	}

}
