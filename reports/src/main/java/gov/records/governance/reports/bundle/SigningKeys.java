package gov.records.governance.reports.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The key and certificate that sign report bundles, kept in a PKCS#12 keystore. Loads the
 * keystore on first use; if it does not exist and generation is allowed (the default
 * profile), creates an EC P-256 key with a self-signed certificate and stores it there
 * (owner-only permissions where the file system has them), so the identity survives
 * restarts. Production provides the keystore and disables generation.
 */
@Component
public class SigningKeys {

	private final BundleSigningProperties properties;

	private final Clock clock;

	private volatile @Nullable SigningIdentity identity;

	private volatile @Nullable List<X509Certificate> previous;

	@Autowired
	public SigningKeys(BundleSigningProperties properties) {
		this(properties, Clock.systemUTC());
	}

	SigningKeys(BundleSigningProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** The signing identity, loaded or created on first use. */
	public SigningIdentity identity() {
		SigningIdentity current = this.identity;
		if (current == null) {
			synchronized (this) {
				current = this.identity;
				if (current == null) {
					current = loadOrCreate();
					this.identity = current;
				}
			}
		}
		return current;
	}

	/**
	 * The certificates of earlier signing keys still trusted after a rotation
	 * ({@code governance.reports.signing.previous-aliases}), loaded on first use.
	 */
	public List<X509Certificate> previousCertificates() {
		List<X509Certificate> current = this.previous;
		if (current == null) {
			synchronized (this) {
				current = this.previous;
				if (current == null) {
					current = loadPrevious();
					this.previous = current;
				}
			}
		}
		return current;
	}

	/**
	 * Every certificate a bundle of this installation may be signed with: now and before.
	 */
	public List<X509Certificate> trustedCertificates() {
		List<X509Certificate> trusted = new ArrayList<>();
		trusted.add(identity().certificate());
		trusted.addAll(previousCertificates());
		return List.copyOf(trusted);
	}

	private List<X509Certificate> loadPrevious() {
		List<String> aliases = this.properties.previousAliases();
		if (aliases.isEmpty()) {
			return List.of();
		}
		Path path = this.properties.keystorePath();
		char[] password = this.properties.password().toCharArray();
		try (InputStream in = Files.newInputStream(path)) {
			KeyStore keyStore = KeyStore.getInstance("PKCS12");
			keyStore.load(in, password);
			List<X509Certificate> certificates = new ArrayList<>();
			for (String alias : aliases) {
				if (!(keyStore.getCertificate(alias) instanceof X509Certificate certificate)) {
					throw new IllegalStateException("no certificate '" + alias + "' in " + path
							+ " (governance.reports.signing.previous-aliases)");
				}
				certificates.add(certificate);
			}
			return List.copyOf(certificates);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(
					"cannot read the report signing keystore " + path + " (wrong password or not PKCS#12?)", ex);
		}
	}

	private SigningIdentity loadOrCreate() {
		Path path = this.properties.keystorePath();
		if (Files.exists(path)) {
			return load(path);
		}
		if (!this.properties.generateIfMissing()) {
			throw new IllegalStateException("no report signing keystore at " + path
					+ " (governance.reports.signing.keystore) and generation is switched off");
		}
		SigningIdentity created = SelfSignedCertificates.generate(this.properties.subject(), this.clock.instant());
		store(path, created);
		return created;
	}

	private SigningIdentity load(Path path) {
		char[] password = this.properties.password().toCharArray();
		try (InputStream in = Files.newInputStream(path)) {
			KeyStore keyStore = KeyStore.getInstance("PKCS12");
			keyStore.load(in, password);
			String alias = this.properties.alias();
			if (!(keyStore.getKey(alias, password) instanceof PrivateKey key)
					|| !(keyStore.getCertificate(alias) instanceof X509Certificate certificate)) {
				throw new IllegalStateException("no key entry '" + alias + "' in " + path);
			}
			return new SigningIdentity(key, certificate);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(
					"cannot read the report signing keystore " + path + " (wrong password or not PKCS#12?)", ex);
		}
	}

	private void store(Path path, SigningIdentity created) {
		char[] password = this.properties.password().toCharArray();
		try {
			Path directory = path.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, ".report-signing", ".tmp");
			try {
				restrictToOwner(temporary);
				KeyStore keyStore = KeyStore.getInstance("PKCS12");
				keyStore.load(null, null);
				keyStore.setKeyEntry(this.properties.alias(), created.privateKey(), password,
						new Certificate[] { created.certificate() });
				try (OutputStream out = Files.newOutputStream(temporary)) {
					keyStore.store(out, password);
				}
				move(temporary, path);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("cannot write the report signing keystore " + path, ex);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the directory's permissions apply
		}
	}

}
