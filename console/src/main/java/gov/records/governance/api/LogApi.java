package gov.records.governance.api;

import gov.records.governance.audit.CheckpointService;
import gov.records.governance.audit.CheckpointService.ConsistencyEvidence;
import gov.records.governance.audit.CheckpointService.InclusionEvidence;
import gov.records.governance.audit.SignedCheckpoint;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.reports.bundle.SigningKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log as a verifiable log, public (hashes and signatures only): the current
 * signed C2SP checkpoint, the verifier key to check it with, inclusion proofs of events
 * and consistency proofs between sizes, as JSON or as the offline proof files
 * ({@code format=file}: a C2SP {@code tlog-proof}, or a {@code .tlog-consistency} file).
 */
@RestController
@RequestMapping("/api/log")
class LogApi {

	private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

	private final CheckpointService log;

	private final SigningKeys bundleKeys;

	LogApi(CheckpointService log, SigningKeys bundleKeys) {
		this.log = log;
		this.bundleKeys = bundleKeys;
	}

	/**
	 * Every public key this installation signs with or signed with before a rotation
	 * (DD055): the log's checkpoint verifier keys with when each was in use, and the
	 * report bundles' signing certificates (SHA-256 fingerprint and validity), the
	 * current one first in each list.
	 */
	@GetMapping(value = "/verifier-keys", produces = "application/json")
	Map<String, Object> verifierKeys() {
		List<Map<String, Object>> checkpointKeys = this.log.verifierKeys().stream().map((key) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("key", key.key());
			entry.put("current", key.current());
			entry.put("validFrom", (key.validFrom() != null) ? key.validFrom().toString() : null);
			entry.put("validUntil", (key.validUntil() != null) ? key.validUntil().toString() : null);
			return entry;
		}).toList();
		List<Map<String, Object>> certificates = new java.util.ArrayList<>();
		java.security.cert.X509Certificate current = this.bundleKeys.identity().certificate();
		for (java.security.cert.X509Certificate certificate : this.bundleKeys.trustedCertificates()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("sha256", fingerprint(certificate));
			entry.put("subject", certificate.getSubjectX500Principal().getName());
			entry.put("current", certificate.equals(current));
			entry.put("notBefore", certificate.getNotBefore().toInstant().toString());
			entry.put("notAfter", certificate.getNotAfter().toInstant().toString());
			certificates.add(entry);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("origin", this.log.origin());
		body.put("checkpointKeys", checkpointKeys);
		body.put("bundleCertificates", certificates);
		return body;
	}

	private static String fingerprint(java.security.cert.X509Certificate certificate) {
		try {
			return java.util.HexFormat.ofDelimiter(":")
				.withUpperCase()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The signed checkpoint of the log now, or of its first {@code size} events. */
	@GetMapping(value = "/checkpoint", produces = "text/plain")
	ResponseEntity<String> checkpoint(@RequestParam(required = false) @Nullable Long size) {
		SignedCheckpoint checkpoint = (size != null) ? this.log.at(size) : this.log.current();
		return ResponseEntity.ok().contentType(TEXT).body(checkpoint.text());
	}

	/** The public verifier key of the checkpoints ({@code name+keyid+key}). */
	@GetMapping(value = "/verifier-key", produces = "text/plain")
	ResponseEntity<String> verifierKey() {
		return ResponseEntity.ok().contentType(TEXT).body(this.log.verifierKey() + "\n");
	}

	@GetMapping("/proofs/inclusion")
	ResponseEntity<?> inclusion(@RequestParam long seq, @RequestParam(required = false) @Nullable Long size,
			@RequestParam(defaultValue = "json") String format) {
		InclusionEvidence evidence = this.log.inclusion(seq, (size != null) ? size : this.log.current().treeSize());
		if (isFile(format)) {
			return file(evidence.file(), "event-" + seq + "-in-" + evidence.checkpoint().treeSize() + ".tlog-proof");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("seq", evidence.seq());
		body.put("leafIndex", evidence.proof().index());
		body.put("treeSize", evidence.proof().treeSize());
		body.put("leafHash", evidence.leafHash().toBase64());
		body.put("path", base64(evidence.proof().path()));
		body.put("rootHash", evidence.checkpoint().rootHash().toBase64());
		body.put("checkpoint", evidence.checkpoint().text());
		return ResponseEntity.ok(body);
	}

	@GetMapping("/proofs/consistency")
	ResponseEntity<?> consistency(@RequestParam("old") long oldSize,
			@RequestParam(name = "new", required = false) @Nullable Long newSize,
			@RequestParam(defaultValue = "json") String format) {
		ConsistencyEvidence evidence = this.log.consistency(oldSize,
				(newSize != null) ? newSize : this.log.current().treeSize());
		if (isFile(format)) {
			return file(evidence.file(),
					"consistency-" + oldSize + "-" + evidence.newer().treeSize() + ".tlog-consistency");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("oldSize", evidence.proof().oldSize());
		body.put("newSize", evidence.proof().newSize());
		body.put("oldRoot", evidence.oldRoot().toBase64());
		body.put("newRoot", evidence.newer().rootHash().toBase64());
		body.put("path", base64(evidence.proof().path()));
		body.put("checkpoint", evidence.newer().text());
		return ResponseEntity.ok(body);
	}

	private static boolean isFile(String format) {
		if (!format.equals("json") && !format.equals("file")) {
			throw new IllegalArgumentException("format is json or file");
		}
		return format.equals("file");
	}

	private static ResponseEntity<String> file(String text, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(TEXT)
			.body(text);
	}

	private static List<String> base64(List<Hash> hashes) {
		return hashes.stream().map(Hash::toBase64).toList();
	}

}
