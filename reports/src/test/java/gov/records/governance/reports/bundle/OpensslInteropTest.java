package gov.records.governance.reports.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle checked with the real command-line tools of VERIFY.txt: {@code openssl cms
 * -verify} and {@code sha256sum -c}, and how they fail when one byte changes.
 */
class OpensslInteropTest {

	@TempDir
	Path directory;

	@Test
	void opensslAndSha256sumAcceptTheBundleAndRejectAChangedByte() throws Exception {
		assumeTrue(available("openssl", "version"), "openssl is not installed");
		SigningKeys keys = BundleFixtures.keys(this.directory);
		Path bundle = BundleFixtures.writeBundle(keys, this.directory);
		Path unpacked = Files.createDirectory(this.directory.resolve("unpacked"));
		BundleFixtures.extract(bundle, unpacked);

		Result verify = run(unpacked, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "MANIFEST.p7s",
				"-content", "MANIFEST.sha256", "-CAfile", "cert.pem", "-purpose", "any", "-out", "/dev/null");
		assertThat(verify.exit()).as(verify.output()).isZero();
		assertThat(verify.output()).contains("CMS Verification successful");

		Result fingerprint = run(unpacked, "openssl", "x509", "-in", "cert.pem", "-noout", "-fingerprint", "-sha256");
		assertThat(fingerprint.output()).contains(keys.identity().fingerprint());

		if (available("sha256sum", "--version")) {
			Result sums = run(unpacked, "sha256sum", "-c", "MANIFEST.sha256");
			assertThat(sums.exit()).as(sums.output()).isZero();
			assertThat(sums.output()).contains("report.txt: OK", "data/large.bin: OK", "checkpoint.txt: OK");

			Path report = unpacked.resolve("tables/groups.csv");
			Files.write(report, BundleFixtures.flipByte(Files.readAllBytes(report), 3));
			Result changedFile = run(unpacked, "sha256sum", "-c", "MANIFEST.sha256");
			assertThat(changedFile.exit()).isNotZero();
			assertThat(changedFile.output()).contains("tables/groups.csv: FAILED");
		}

		Path manifest = unpacked.resolve("MANIFEST.sha256");
		Files.write(manifest, BundleFixtures.flipByte(Files.readAllBytes(manifest), 10));
		Result tampered = run(unpacked, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "MANIFEST.p7s",
				"-content", "MANIFEST.sha256", "-CAfile", "cert.pem", "-purpose", "any", "-out", "/dev/null");
		assertThat(tampered.exit()).isNotZero();
		assertThat(tampered.output()).contains("Verification failure");
	}

	@Test
	void verifyTxtNamesTheCommandsAndTheFingerprint() throws IOException {
		SigningKeys keys = BundleFixtures.keys(this.directory);
		Path unpacked = Files.createDirectory(this.directory.resolve("unpacked"));
		BundleFixtures.extract(BundleFixtures.writeBundle(keys, this.directory), unpacked);
		String instructions = Files.readString(unpacked.resolve("VERIFY.txt"));
		assertThat(instructions).contains(
				"openssl cms -verify -binary -inform DER -in MANIFEST.p7s -content MANIFEST.sha256 -CAfile cert.pem -purpose any -out /dev/null",
				"sha256sum -c MANIFEST.sha256", keys.identity().fingerprint());
		assertThat(Files.readString(unpacked.resolve("MANIFEST.sha256")).lines().map((line) -> line.substring(66)))
			.containsExactly("report.txt", "tables/groups.csv", "data/large.bin", "checkpoint.txt", "VERIFY.txt",
					"cert.pem");
	}

	private static boolean available(String... command) {
		try {
			return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Result run(Path directory, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exit, String output) {
	}

}
