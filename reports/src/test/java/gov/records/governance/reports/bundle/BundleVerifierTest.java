package gov.records.governance.reports.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.reports.bundle.BundleProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java verifier names the file that fails, for each way a bundle can be damaged. */
class BundleVerifierTest {

	@TempDir
	Path directory;

	private SigningKeys keys;

	private Path bundle;

	private BundleVerifier verifier;

	@BeforeEach
	void writeBundle() throws IOException {
		this.keys = BundleFixtures.keys(this.directory);
		this.bundle = BundleFixtures.writeBundle(this.keys, this.directory);
		this.verifier = new BundleVerifier(this.keys);
	}

	@Test
	void anIntactBundleVerifies() throws IOException {
		BundleVerification result = this.verifier.verify(this.bundle);
		assertThat(result.problems()).isEmpty();
		assertThat(result.isValid()).isTrue();
		assertThat(result.signer()).isEqualTo(this.keys.identity().certificate());
		assertThat(result.checkpoint()).isEqualTo(BundleFixtures.CHECKPOINT);
		try (InputStream upload = Files.newInputStream(this.bundle)) {
			assertThat(this.verifier.verify(upload, List.of(this.keys.identity().certificate())).isValid()).isTrue();
		}
	}

	@Test
	void aChangedFileIsAHashMismatchOfThatFile() throws IOException {
		BundleVerification result = check(Map.of("tables/groups.csv", (bytes) -> BundleFixtures.flipByte(bytes, 5)),
				Map.of());
		assertThat(result.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("tables/groups.csv");
			assertThat(problem.kind()).isEqualTo(Kind.HASH_MISMATCH);
		});
	}

	@Test
	void aMissingFileAndAnExtraFileAreNamed() throws IOException {
		BundleVerification result = check(Map.of("report.txt", (bytes) -> null),
				Map.of("notes.txt", "added later".getBytes(StandardCharsets.UTF_8)));
		assertThat(result.problems()).extracting(BundleProblem::file, BundleProblem::kind)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("report.txt", Kind.MISSING),
					org.assertj.core.groups.Tuple.tuple("notes.txt", Kind.EXTRA));
	}

	@Test
	void anEditedManifestFailsTheSignature() throws IOException {
		// the forger changes a report and its line in the manifest
		byte[] forgedReport = "Evidence report as of 2026-11-23\n".getBytes(StandardCharsets.UTF_8);
		UnaryOperator<byte[]> manifest = (bytes) -> {
			String text = new String(bytes, StandardCharsets.UTF_8);
			String line = text.lines().filter((l) -> l.endsWith("  report.txt")).findFirst().orElseThrow();
			String forged = Manifest.line("report.txt", sha256(forgedReport)).strip();
			return text.replace(line, forged).getBytes(StandardCharsets.UTF_8);
		};
		BundleVerification result = check(Map.of("report.txt", (bytes) -> forgedReport, "MANIFEST.sha256", manifest),
				Map.of());
		assertThat(result.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("MANIFEST.sha256");
			assertThat(problem.kind()).isEqualTo(Kind.BAD_SIGNATURE);
			assertThat(problem.detail()).contains("content verify error");
		});
	}

	@Test
	void aDamagedSignatureIsABadSignature() throws IOException {
		BundleVerification result = check(
				Map.of("MANIFEST.p7s", (bytes) -> BundleFixtures.flipByte(bytes, bytes.length - 10)), Map.of());
		assertThat(result.problems()).extracting(BundleProblem::file, BundleProblem::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("MANIFEST.p7s", Kind.BAD_SIGNATURE));
	}

	@Test
	void aBundleSignedWithAnotherKeyIsUntrusted() throws IOException {
		Path other = Files.createDirectory(this.directory.resolve("other"));
		Path foreign = BundleFixtures.writeBundle(BundleFixtures.keys(other), other);
		BundleVerification result = this.verifier.verify(foreign);
		assertThat(result.problems()).extracting(BundleProblem::file, BundleProblem::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("MANIFEST.p7s", Kind.UNTRUSTED_SIGNER));
	}

	@Test
	void aTruncatedZipIsReportedAsSuch() throws IOException {
		byte[] bytes = Files.readAllBytes(this.bundle);
		Path truncated = Files.write(this.directory.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
		BundleVerification result = this.verifier.verify(truncated);
		assertThat(result.problems()).extracting(BundleProblem::file, BundleProblem::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(BundleProblem.ARCHIVE, Kind.TRUNCATED_ARCHIVE));
		Path cutAtTheEnd = Files.write(this.directory.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length - 1));
		assertThat(this.verifier.verify(cutAtTheEnd).problems()).extracting(BundleProblem::kind)
			.containsExactly(Kind.TRUNCATED_ARCHIVE);
	}

	@Test
	void aFlippedByteInsideTheZipNamesTheDamagedFile() throws IOException {
		byte[] bytes = Files.readAllBytes(this.bundle);
		// the large file's compressed data sits between its name and the next entry
		int start = indexOf(bytes, "data/large.bin".getBytes(StandardCharsets.UTF_8)) + 200;
		bytes[start] ^= 0x10;
		Path damaged = Files.write(this.directory.resolve("damaged.zip"), bytes);
		BundleVerification result = this.verifier.verify(damaged);
		assertThat(result.problems()).extracting(BundleProblem::file).containsExactly("data/large.bin");
		assertThat(result.problems().get(0).kind()).isIn(Kind.CORRUPT_ENTRY, Kind.HASH_MISMATCH);
	}

	private BundleVerification check(Map<String, UnaryOperator<byte[]>> changes, Map<String, byte[]> added)
			throws IOException {
		Path altered = BundleFixtures.rewrite(this.bundle, this.directory.resolve("altered.zip"), changes, added);
		return this.verifier.verify(altered);
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalArgumentException("not found");
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
