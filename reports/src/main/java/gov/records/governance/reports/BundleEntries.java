package gov.records.governance.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads single files out of an archived bundle (a zip). */
final class BundleEntries {

	private static final String TABLES = "tables/";

	private BundleEntries() {
	}

	/** The table names whose CSV the bundle holds, in bundle order. */
	static List<String> tables(Path bundle) {
		List<String> names = new ArrayList<>();
		try (ZipFile zip = new ZipFile(bundle.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				String name = entries.nextElement().getName();
				if (name.startsWith(TABLES) && name.endsWith(".csv")) {
					names.add(name.substring(TABLES.length(), name.length() - ".csv".length()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

	/** The bytes of one entry, if the bundle has it. */
	static Optional<byte[]> read(Path bundle, String entry) {
		try (ZipFile zip = new ZipFile(bundle.toFile())) {
			ZipEntry found = zip.getEntry(entry);
			if (found == null || found.isDirectory()) {
				return Optional.empty();
			}
			try (InputStream in = zip.getInputStream(found)) {
				return Optional.of(in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
