package gov.records.governance.reports;

import static gov.records.governance.reports.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.audit.CheckpointService;
import gov.records.governance.audit.SignedCheckpoint;
import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.checkpoint.NoteVerifier;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.TileId;
import gov.records.governance.evidence.merkle.ProofVerifier;
import gov.records.governance.evidence.proof.ConsistencyProofFile;
import gov.records.governance.evidence.proof.InclusionProofFile;
import gov.records.governance.evidence.proof.ProofFileException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What an inspector checks with public tools, on a generated report: veraPDF on the PDF,
 * {@code openssl cms -verify} and {@code sha256sum -c} on the bundle; and the published
 * checkpoint, checked by hand against the C2SP definitions (key id, Ed25519 over the note
 * body), with inclusion and consistency proofs, and a tampered log whose consistency
 * proof fails.
 */

abstract class ReportEvidenceContract extends ReportsContract {

	@Autowired
	CheckpointService log;

	@Autowired
	AuditService audit;

	@TempDir
	Path directory;

	@Test
	void theReportPdfIsPdfAAndTheBundleVerifiesWithOpenssl() throws Exception {
		long id = generate(ReportType.RECORDS_COMPLIANCE, this.department, CHANGED.plusSeconds(86_400));
		Path bundle = as(this.inspector, () -> this.reports.download(id), INSPECTOR).file();
		extract(bundle, this.directory);
		Path pdf = this.directory.resolve("report.pdf");
		Files.copy(pdf, Path.of("target", "records-compliance-evidence.pdf"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertThat(validatePdfA(pdf.toFile())).isEmpty();

		assumeTrue(available("openssl", "version"), "openssl is not installed");
		Result verify = run(this.directory, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
				"MANIFEST.p7s", "-content", "MANIFEST.sha256", "-CAfile", "cert.pem", "-purpose", "any", "-out",
				"/dev/null");
		assertThat(verify.exit()).as(verify.output()).isZero();
		assertThat(verify.output()).contains("CMS Verification successful");
		if (available("sha256sum", "--version")) {
			Result sums = run(this.directory, "sha256sum", "-c", "MANIFEST.sha256");
			assertThat(sums.exit()).as(sums.output()).isZero();
			assertThat(sums.output()).contains("report.pdf: OK", "report.json: OK", "tables/groups.csv: OK",
					"checkpoint.txt: OK");
		}
	}

	@Test
	void thePublishedCheckpointVerifiesWithThePublishedKeyPerC2sp() throws Exception {
		this.audit.recordFor("test", null, AuditEntry.of("test.event", "test", 1));
		SignedCheckpoint checkpoint = this.log.current();
		String verifierKey = this.log.verifierKey();
		// name+id+key: the base64 key may itself contain "+"
		String[] key = verifierKey.split("\\+", 3);
		assertThat(key).hasSize(3);
		assertThat(key[0]).isEqualTo(this.log.origin());
		byte[] typed = Base64.getDecoder().decode(key[2]);
		assertThat(typed).hasSize(33);
		assertThat(typed[0]).isEqualTo((byte) 0x01);
		byte[] publicKey = Arrays.copyOfRange(typed, 1, 33);
		// key id = SHA-256(name || 0x0A || 0x01 || public key)[:4], written as 8 hex
		// digits
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update(key[0].getBytes(StandardCharsets.UTF_8));
		sha.update((byte) 0x0A);
		sha.update((byte) 0x01);
		byte[] keyId = Arrays.copyOf(sha.digest(publicKey), 4);
		assertThat(key[1]).isEqualTo(HexFormat.of().formatHex(keyId));

		// the note: origin, size, base64 root, each ending in a newline; an empty line;
		// signature lines
		String text = checkpoint.text();
		int split = text.lastIndexOf("\n\n");
		String body = text.substring(0, split + 1);
		assertThat(body).isEqualTo(
				this.log.origin() + "\n" + checkpoint.treeSize() + "\n" + checkpoint.rootHash().toBase64() + "\n");
		String signatureLine = text.substring(split + 2).strip();
		assertThat(signatureLine).startsWith("\u2014 " + key[0] + " ");
		byte[] signed = Base64.getDecoder().decode(signatureLine.substring(signatureLine.lastIndexOf(' ') + 1));
		assertThat(Arrays.copyOf(signed, 4)).isEqualTo(keyId);
		Signature ed25519 = Signature.getInstance("Ed25519");
		ed25519.initVerify(ed25519Key(publicKey));
		ed25519.update(body.getBytes(StandardCharsets.UTF_8));
		assertThat(ed25519.verify(Arrays.copyOfRange(signed, 4, signed.length))).isTrue();

		Checkpoint opened = Checkpoint.open(text, this.log.origin(),
				List.of(NoteVerifier.fromVerifierKey(verifierKey)));
		assertThat(opened.treeSize()).isEqualTo(checkpoint.treeSize());
		assertThat(this.log.at(checkpoint.treeSize()).text()).isEqualTo(text);
	}

	@Test
	void inclusionAndConsistencyProofsVerifyAndATamperedLogFailsItsConsistencyProof() throws Exception {
		this.audit.recordFor("test", null, AuditEntry.of("test.event", "test", 2));
		List<NoteVerifier> trusted = List.of(NoteVerifier.fromVerifierKey(this.log.verifierKey()));
		SignedCheckpoint old = this.log.current();
		Checkpoint trustedOld = Checkpoint.open(old.text(), this.log.origin(), trusted);

		// an event's leaf is SHA-256(0x00 || its 32-byte event hash)
		long seq = old.treeSize();
		String eventHash = this.jdbc.queryForObject("select hash from audit_event where seq = ?", String.class, seq);
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update((byte) 0x00);
		Hash leaf = Hash.of(sha.digest(HexFormat.of().parseHex(eventHash)));
		CheckpointService.InclusionEvidence inclusion = this.log.inclusion(seq, old.treeSize());
		ProofVerifier.checkInclusion(seq - 1, old.treeSize(), leaf, inclusion.proof().path(), old.rootHash());
		InclusionProofFile.parse(inclusion.file()).verify(leaf, this.log.origin(), trusted);

		// enough events to fill the first tile, which is then a stored row (the newest,
		// partial tile of leaves is read from the events themselves)
		long target = Math.max(old.treeSize() + 5, TileId.WIDTH + 10);
		for (long i = old.treeSize(); i < target; i++) {
			this.audit.recordFor("test", null, AuditEntry.of("test.event", "test", 10 + i));
		}
		long newSize = this.log.current().treeSize();
		String file = this.log.consistency(old.treeSize(), newSize).file();
		Checkpoint newer = ConsistencyProofFile.parse(file).verify(trustedOld, trusted);
		assertThat(newer.treeSize()).isEqualTo(newSize);

		// rewrite history: change the first leaf hash in the stored tiles
		String tile = this.jdbc.queryForObject("select hashes from audit_tile where tile_level = 0 and tile_index = 0",
				String.class);
		byte[] hashes = Base64.getDecoder().decode(tile);
		hashes[0] ^= 0x01;
		this.jdbc.update("update audit_tile set hashes = ? where tile_level = 0 and tile_index = 0",
				Base64.getEncoder().encodeToString(hashes));
		try {
			String tampered = this.log.consistency(old.treeSize(), newSize).file();
			assertThatThrownBy(() -> ConsistencyProofFile.parse(tampered).verify(trustedOld, trusted))
				.isInstanceOf(ProofFileException.class);
		}
		finally {
			this.jdbc.update("update audit_tile set hashes = ? where tile_level = 0 and tile_index = 0", tile);
		}
	}

	private static PublicKey ed25519Key(byte[] raw) throws Exception {
		byte[] prefix = HexFormat.of().parseHex("302a300506032b6570032100");
		byte[] spki = Arrays.copyOf(prefix, prefix.length + raw.length);
		System.arraycopy(raw, 0, spki, prefix.length, raw.length);
		return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
	}

	static List<String> validatePdfA(File file) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		List<String> failures = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file.toPath());
				PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			ValidationResult result = validator.validate(parser);
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
							+ assertion.getMessage());
				}
			}
			if (!result.isCompliant() && failures.isEmpty()) {
				failures.add("not compliant");
			}
		}
		return failures.stream().distinct().toList();
	}

	static void extract(Path zip, Path into) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path target = into.resolve(entry.getName()).normalize();
				Files.createDirectories(target.getParent());
				Files.copy(in, target);
			}
		}
	}

	record Result(int exit, String output) {
	}

	static Result run(Path directory, String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	static boolean available(String... command) {
		try {
			return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
