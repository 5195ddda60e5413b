package gov.records.governance.reports.bundle;

import gov.records.governance.reports.bundle.BundleProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded bundle the way an inspector would with {@code openssl cms -verify}
 * and {@code sha256sum -c}, and reports exactly which file fails: a zip cut short, an
 * unreadable entry, a file missing or added, a changed file, a manifest that is not the
 * signed one, or a signature by a certificate that is not trusted.
 */
@Component
public class BundleVerifier {

	private static final int MAX_SMALL_FILE = 1 << 20;

	private final SigningKeys keys;

	public BundleVerifier(SigningKeys keys) {
		this.keys = keys;
	}

	/**
	 * Checks a bundle against this installation's signing certificates: the current one
	 * and those of keys it rotated away from (DD055).
	 */
	public BundleVerification verify(Path bundle) {
		return verify(bundle, this.keys.trustedCertificates());
	}

	/**
	 * Checks an uploaded bundle (copied to a temporary file, which zip reading needs).
	 */
	public BundleVerification verify(InputStream upload, Collection<X509Certificate> trusted) throws IOException {
		Path temporary = Files.createTempFile("bundle", ".zip");
		try {
			Files.copy(upload, temporary, StandardCopyOption.REPLACE_EXISTING);
			return verify(temporary, trusted);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Checks a bundle against the given trusted signing certificates. */
	public BundleVerification verify(Path bundle, Collection<X509Certificate> trusted) {
		List<BundleProblem> problems = new ArrayList<>();
		Map<String, String> hashes = new LinkedHashMap<>();
		Map<String, byte[]> small = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8)) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (entry.isDirectory()) {
					continue;
				}
				read(zip, entry, hashes, small, problems);
			}
		}
		catch (IOException ex) {
			problems.add(new BundleProblem(BundleProblem.ARCHIVE, Kind.TRUNCATED_ARCHIVE,
					"not a complete zip archive (" + ex.getMessage() + "): the file was cut short or is not a bundle"));
			return new BundleVerification(problems, null, null);
		}
		X509Certificate signer = checkSignature(small, trusted, problems);
		checkManifest(small.get(SignedBundle.MANIFEST), hashes, problems);
		byte[] checkpoint = small.get(SignedBundle.CHECKPOINT);
		return new BundleVerification(problems, signer,
				(checkpoint != null) ? new String(checkpoint, StandardCharsets.UTF_8) : null);
	}

	private static void read(ZipFile zip, ZipEntry entry, Map<String, String> hashes, Map<String, byte[]> small,
			List<BundleProblem> problems) {
		String name = entry.getName();
		boolean keep = SignedBundle.RESERVED_NAMES.contains(name);
		MessageDigest digest = sha256();
		byte[] kept = null;
		try (InputStream in = zip.getInputStream(entry)) {
			if (keep) {
				kept = in.readNBytes(MAX_SMALL_FILE);
				digest.update(kept);
			}
			else {
				byte[] buffer = new byte[64 * 1024];
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					digest.update(buffer, 0, read);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			problems
				.add(new BundleProblem(name, Kind.CORRUPT_ENTRY, "cannot be read from the zip: " + ex.getMessage()));
			return;
		}
		hashes.put(name, HexFormat.of().formatHex(digest.digest()));
		if (kept != null) {
			small.put(name, kept);
		}
	}

	private static @Nullable X509Certificate checkSignature(Map<String, byte[]> small,
			Collection<X509Certificate> trusted, List<BundleProblem> problems) {
		byte[] manifest = small.get(SignedBundle.MANIFEST);
		byte[] signature = small.get(SignedBundle.SIGNATURE);
		if (signature == null) {
			problems.add(new BundleProblem(SignedBundle.SIGNATURE, Kind.MISSING, "the bundle is not signed"));
			return null;
		}
		if (manifest == null) {
			return null;
		}
		X509Certificate signer;
		try {
			signer = CmsSignatures.verify(manifest, signature);
		}
		catch (CmsSignatures.SignatureCheckException ex) {
			problems.add(new BundleProblem(ex.file(), Kind.BAD_SIGNATURE, ex.getMessage()));
			return null;
		}
		if (!trusted.contains(signer)) {
			problems.add(new BundleProblem(SignedBundle.SIGNATURE, Kind.UNTRUSTED_SIGNER,
					"signed by " + signer.getSubjectX500Principal() + " (SHA-256 " + SigningIdentity.fingerprint(signer)
							+ "), which is not a trusted certificate"));
		}
		byte[] pem = small.get(SignedBundle.CERTIFICATE);
		if (pem != null && !signer.equals(parseCertificate(pem))) {
			problems.add(new BundleProblem(SignedBundle.CERTIFICATE, Kind.CERTIFICATE_MISMATCH,
					"is not the certificate that made the signature"));
		}
		return signer;
	}

	private static void checkManifest(byte @Nullable [] manifestBytes, Map<String, String> hashes,
			List<BundleProblem> problems) {
		if (manifestBytes == null) {
			problems.add(new BundleProblem(SignedBundle.MANIFEST, Kind.MISSING, "the bundle has no manifest"));
			return;
		}
		Manifest manifest;
		try {
			manifest = Manifest.parse(manifestBytes);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new BundleProblem(SignedBundle.MANIFEST, Kind.MALFORMED_MANIFEST, ex.getMessage()));
			return;
		}
		manifest.hashes().forEach((name, expected) -> {
			String actual = hashes.get(name);
			if (actual == null) {
				if (problems.stream().noneMatch((problem) -> problem.file().equals(name))) {
					problems.add(new BundleProblem(name, Kind.MISSING, "listed in the manifest but not in the bundle"));
				}
			}
			else if (!actual.equals(expected)) {
				problems.add(new BundleProblem(name, Kind.HASH_MISMATCH,
						"SHA-256 is " + actual + ", the manifest says " + expected));
			}
		});
		for (String name : hashes.keySet()) {
			if (!manifest.hashes().containsKey(name) && !name.equals(SignedBundle.MANIFEST)
					&& !name.equals(SignedBundle.SIGNATURE)) {
				problems.add(new BundleProblem(name, Kind.EXTRA, "in the bundle but not in the signed manifest"));
			}
		}
		for (String required : List.of(SignedBundle.CHECKPOINT, SignedBundle.CERTIFICATE)) {
			if (!hashes.containsKey(required) && !manifest.hashes().containsKey(required)) {
				problems.add(new BundleProblem(required, Kind.MISSING, "every bundle has one"));
			}
		}
	}

	private static @Nullable X509Certificate parseCertificate(byte[] pem) {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new java.io.ByteArrayInputStream(pem));
		}
		catch (CertificateException ex) {
			return null;
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
