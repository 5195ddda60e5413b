package gov.records.governance.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only permissions for the embedded database: its folder {@code rwx------}, its
 * files {@code rw-------}. On a file system without POSIX permissions nothing is changed
 * (the folder's own access control applies).
 */
final class OwnerOnlyFiles {

	static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private OwnerOnlyFiles() {
	}

	/** Creates the database's folder if needed and makes it owner-only. */
	static void folder(Path database) {
		Path folder = database.getParent();
		if (folder == null) {
			return;
		}
		try {
			Files.createDirectories(folder);
			if (posix(folder)) {
				Files.setPosixFilePermissions(folder, FOLDER);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the database folder " + folder, ex);
		}
	}

	/** Makes every file of the database ({@code name.*}) owner-only. */
	static void files(Path database) {
		Path folder = database.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return;
		}
		String prefix = database.getFileName() + ".";
		try {
			if (!posix(folder)) {
				return;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the file system of " + folder, ex);
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
				(entry) -> entry.getFileName().toString().startsWith(prefix) && Files.isRegularFile(entry))) {
			for (Path entry : entries) {
				Files.setPosixFilePermissions(entry, FILE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot restrict the database files in " + folder, ex);
		}
	}

	private static boolean posix(Path path) throws IOException {
		return Files.getFileStore(path).supportsFileAttributeView("posix");
	}

}
