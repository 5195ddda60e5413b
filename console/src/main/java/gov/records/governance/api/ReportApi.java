package gov.records.governance.api;

import gov.records.governance.reports.ArchivedBundle;
import gov.records.governance.reports.BundleCheck;
import gov.records.governance.reports.ReportFile;
import gov.records.governance.reports.ReportService;
import gov.records.governance.reports.ReportSummary;
import gov.records.governance.reports.bundle.BundleProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Oversight reports: request one (generated in the background; 202 with its id), follow
 * it, list the archive, download a bundle (checked against its recorded SHA-256 and
 * audited), and check an uploaded bundle ({@code POST} the zip as the body).
 */
@RestController
@RequestMapping("/api/reports")
class ReportApi {

	private final ReportService reports;

	private final ApiLimits limits;

	ReportApi(ReportService reports, ApiLimits limits) {
		this.reports = reports;
		this.limits = limits;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> request(@RequestBody ReportBody body) {
		long id = this.reports.request(body.toRequest());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id, "status", "QUEUED"));
	}

	@GetMapping
	List<ReportSummary> archive(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.reports.archive((int) Paging.of(page, size, 500).getOffset(), size);
	}

	@GetMapping("/{id}")
	ReportSummary get(@PathVariable long id) {
		return this.reports.find(id).orElseThrow(() -> NotFoundException.of("Report " + id));
	}

	@GetMapping("/{id}/bundle")
	ResponseEntity<StreamingResponseBody> download(@PathVariable long id) {
		ArchivedBundle bundle = this.reports.download(id);
		String digest = java.util.Base64.getEncoder()
			.encodeToString(java.util.HexFormat.of().parseHex(bundle.sha256()));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + bundle.fileName() + "\"")
			.header("Digest", "sha-256=" + digest)
			.header("Repr-Digest", "sha-256=:" + digest + ":")
			.contentType(MediaType.parseMediaType("application/zip"))
			.contentLength(bundle.sizeBytes())
			.body((out) -> Files.copy(bundle.file(), out));
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return file(this.reports.downloadFile(id, ReportFile.Format.PDF, null));
	}

	@GetMapping("/{id}/json")
	ResponseEntity<byte[]> json(@PathVariable long id) {
		return file(this.reports.downloadFile(id, ReportFile.Format.JSON, null));
	}

	/** The tables whose CSV can be downloaded on its own. */
	@GetMapping("/{id}/csv")
	Map<String, Object> tables(@PathVariable long id) {
		return Map.of("tables", this.reports.tables(id));
	}

	@GetMapping("/{id}/csv/{table}")
	ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable String table) {
		return file(this.reports.downloadFile(id, ReportFile.Format.CSV, table));
	}

	/**
	 * One file of the bundle, with its SHA-256 in base64 as RFC 3230's Digest and RFC
	 * 9530's Repr-Digest (the file is sent whole, so representation and content agree).
	 */
	private static ResponseEntity<byte[]> file(ReportFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
			.header("Digest", "sha-256=" + file.sha256Base64())
			.header("Repr-Digest", "sha-256=:" + file.sha256Base64() + ":")
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.content().length)
			.body(file.content());
	}

	@PostMapping(value = "/verify", consumes = { "application/zip", "application/octet-stream" })
	Map<String, Object> verify(InputStream body, HttpServletRequest request) throws IOException {
		BundleCheck check = this.reports.verify(body);
		if (RequestSizeLimits.exceeded(request)) {
			// the verifier may have taken the cut-off body for a truncated archive
			throw new PayloadTooLargeException(this.limits.bundle().toBytes());
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("valid", check.isValid());
		result.put("problems",
				check.bundle()
					.problems()
					.stream()
					.map((BundleProblem p) -> Map.of("file", p.file(), "kind", p.kind().name(), "detail", p.detail()))
					.toList());
		result.put("signer",
				(check.bundle().signer() != null) ? check.bundle().signer().getSubjectX500Principal().getName() : null);
		result.put("checkpointOk", check.checkpointOk());
		result.put("checkpoint", check.checkpointMessage());
		return result;
	}

}
