package gov.records.governance.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The bundle files on disk: written once under a temporary name, hashed, moved into place
 * and made read-only; never overwritten. Every read first checks the file against the
 * SHA-256 the database holds.
 */
@Component
class ReportArchive {

	private final ReportsProperties properties;

	ReportArchive(ReportsProperties properties) {
		this.properties = properties;
	}

	/** A new temporary file in the archive directory for a bundle being written. */
	Path temporary(long reportId) {
		try {
			Path directory = directory();
			return Files.createTempFile(directory, ".report-" + reportId + "-", ".part");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write to the report archive " + directory(), ex);
		}
	}

	/** Moves a finished bundle into place under its final name, read-only. */
	Path keep(Path temporary, String fileName) {
		Path target = directory().resolve(fileName);
		try {
			if (Files.exists(target)) {
				throw new IllegalStateException("the archive already holds " + fileName + ": nothing is overwritten");
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target);
			}
			try {
				Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--------"));
			}
			catch (UnsupportedOperationException ex) {
				target.toFile().setReadOnly();
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot move the bundle into the report archive", ex);
		}
	}

	Path path(String fileName) {
		return directory().resolve(fileName);
	}

	static byte[] sha256Bytes(byte[] content) {
		return digest().digest(content);
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path directory() {
		Path directory = this.properties.archivePath();
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the report archive " + directory, ex);
		}
		return directory;
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
