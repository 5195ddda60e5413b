package gov.records.governance.audit;

import gov.records.governance.evidence.checkpoint.NoteSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs the audit log's checkpoints: from
 * {@code governance.log.signer-key} (production: the environment), else from the key
 * file, else (default profile only) generated into the key file with owner-only
 * permissions. The key's name must be the log's origin. Only the public verifier key is
 * ever logged.
 */
@Component
class LogSigner {

	private static final Logger log = LoggerFactory.getLogger(LogSigner.class);

	private final LogProperties properties;

	private volatile @Nullable NoteSigner signer;

	LogSigner(LogProperties properties) {
		this.properties = properties;
	}

	NoteSigner signer() {
		NoteSigner current = this.signer;
		if (current == null) {
			synchronized (this) {
				current = this.signer;
				if (current == null) {
					current = load();
					if (!current.name().equals(this.properties.origin())) {
						throw new IllegalStateException("the log signer key is named " + current.name()
								+ " but the log's origin is " + this.properties.origin());
					}
					log.info("Audit log checkpoints are signed by verifier key {}", current.verifierKey());
					this.signer = current;
				}
			}
		}
		return current;
	}

	private NoteSigner load() {
		String configured = this.properties.signerKey();
		if (configured != null && !configured.isBlank()) {
			return parse(configured.strip(), "governance.log.signer-key");
		}
		Path path = this.properties.signerKeyPath();
		try {
			if (Files.exists(path)) {
				return parse(Files.readString(path, StandardCharsets.US_ASCII).strip(), path.toString());
			}
			if (!this.properties.generateIfMissing()) {
				throw new IllegalStateException("no audit log signer key: set governance.log.signer-key "
						+ "(GOVERNANCE_LOG_SIGNER_KEY) or provide " + path);
			}
			NoteSigner created = NoteSigner.generate(this.properties.origin());
			write(path, created.signerKey());
			return created;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read or write the audit log signer key file " + path, ex);
		}
	}

	/** Parses a signer key without echoing it in any message. */
	private static NoteSigner parse(String key, String source) {
		try {
			return NoteSigner.fromSignerKey(key);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"the audit log signer key from " + source + " is not a valid note signer key", null);
		}
	}

	private static void write(Path path, String key) throws IOException {
		Path directory = path.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, ".log-signer", ".tmp");
		try {
			try {
				Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's permissions apply
			}
			Files.writeString(temporary, key + "\n", StandardCharsets.US_ASCII);
			try {
				Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, path);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
