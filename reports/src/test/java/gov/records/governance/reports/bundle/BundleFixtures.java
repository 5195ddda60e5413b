package gov.records.governance.reports.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Bundles for the tests: written with a throw-away key, then taken apart or altered. */
final class BundleFixtures {

	static final String CHECKPOINT = "governance.example.gov/audit\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n"
			+ "\u2014 governance.example.gov/audit AAAAAAAA\n";

	private BundleFixtures() {
	}

	static SigningKeys keys(Path directory) {
		return new SigningKeys(new BundleSigningProperties(directory.resolve("signing.p12"), "test-password",
				"report-signing", true, "CN=Test report signing"));
	}

	static Path writeBundle(SigningKeys keys, Path directory) throws IOException {
		Path bundle = directory.resolve("bundle.zip");
		byte[] large = new byte[3_000_000];
		for (int i = 0; i < large.length; i++) {
			large[i] = (byte) (i * 31 + (i >> 8));
		}
		try (OutputStream out = Files.newOutputStream(bundle)) {
			new SignedBundleWriter(keys).write(out,
					List.of(BundleFile.ofText("report.txt", "Evidence report as of 2026-11-22\n"),
							BundleFile.of("tables/groups.csv",
									"name,auto-delete\nOps,30 days\n".getBytes(StandardCharsets.UTF_8)),
							new BundleFile("data/large.bin", (stream) -> stream.write(large))),
					CHECKPOINT);
		}
		return bundle;
	}

	static void extract(Path bundle, Path target) throws IOException {
		try (ZipFile zip = new ZipFile(bundle.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				Path file = target.resolve(entry.getName());
				Files.createDirectories(file.getParent());
				try (InputStream in = zip.getInputStream(entry)) {
					Files.copy(in, file);
				}
			}
		}
	}

	/**
	 * A copy of {@code bundle} as a consistent zip with entries changed, dropped or
	 * added.
	 */
	static Path rewrite(Path bundle, Path target, Map<String, UnaryOperator<byte[]>> changes, Map<String, byte[]> added)
			throws IOException {
		try (ZipFile zip = new ZipFile(bundle.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				byte[] content;
				try (InputStream in = zip.getInputStream(entry)) {
					content = in.readAllBytes();
				}
				UnaryOperator<byte[]> change = changes.getOrDefault(entry.getName(), UnaryOperator.identity());
				byte[] changed = change.apply(content);
				if (changed != null) {
					out.putNextEntry(new ZipEntry(entry.getName()));
					out.write(changed);
					out.closeEntry();
				}
			}
			for (Map.Entry<String, byte[]> entry : added.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return target;
	}

	static byte[] flipByte(byte[] bytes, int index) {
		byte[] copy = bytes.clone();
		copy[index] ^= 0x01;
		return copy;
	}

}
