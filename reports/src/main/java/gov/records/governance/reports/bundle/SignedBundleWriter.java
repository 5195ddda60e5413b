package gov.records.governance.reports.bundle;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes a signed bundle: a zip holding the report files, {@code checkpoint.txt},
 * {@code VERIFY.txt} and {@code cert.pem}, then {@code MANIFEST.sha256} listing the
 * SHA-256 of each of them, then {@code MANIFEST.p7s}, a detached DER CMS signature over
 * the manifest with the certificate included. Report files are streamed into the zip and
 * hashed on the way, so a large report is never held in memory.
 */
@Component
public class SignedBundleWriter {

	private final SigningKeys keys;

	private final Clock clock;

	@Autowired
	public SignedBundleWriter(SigningKeys keys) {
		this(keys, Clock.systemUTC());
	}

	public SignedBundleWriter(SigningKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * Writes the bundle to {@code out} (not closed).
	 * @param files the report files, in the order they go into the zip
	 * @param signedCheckpoint the audit log's current signed checkpoint, verbatim
	 */
	public void write(OutputStream out, List<BundleFile> files, String signedCheckpoint) throws IOException {
		SigningIdentity identity = this.keys.identity();
		List<Entry> all = new ArrayList<>();
		files.forEach((file) -> all.add(new Entry(file.name(), file.content())));
		all.add(Entry.text(SignedBundle.CHECKPOINT, signedCheckpoint));
		all.add(Entry.text(SignedBundle.INSTRUCTIONS, instructions(identity)));
		all.add(Entry.text(SignedBundle.CERTIFICATE, identity.certificatePem()));
		Set<String> names = new HashSet<>();
		StringBuilder manifest = new StringBuilder();
		FileTime time = FileTime.from(this.clock.instant());
		ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), StandardCharsets.UTF_8);
		for (Entry file : all) {
			if (!names.add(file.name())) {
				throw new IllegalArgumentException("two files named " + file.name());
			}
			zip.putNextEntry(entry(file.name(), time));
			MessageDigest digest = sha256();
			file.content().writeTo(new KeepOpen(new DigestOutputStream(zip, digest)));
			zip.closeEntry();
			manifest.append(Manifest.line(file.name(), digest.digest()));
		}
		byte[] manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
		zip.putNextEntry(entry(SignedBundle.MANIFEST, time));
		zip.write(manifestBytes);
		zip.closeEntry();
		zip.putNextEntry(entry(SignedBundle.SIGNATURE, time));
		zip.write(CmsSignatures.sign(manifestBytes, identity));
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}

	private record Entry(String name, ContentWriter content) {

		static Entry text(String name, String text) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			return new Entry(name, (out) -> out.write(bytes));
		}

	}

	private static ZipEntry entry(String name, FileTime time) {
		ZipEntry entry = new ZipEntry(name);
		entry.setLastModifiedTime(time);
		return entry;
	}

	static String instructions(SigningIdentity identity) {
		try (InputStream in = SignedBundleWriter.class.getResourceAsStream("/reports/VERIFY.txt")) {
			if (in == null) {
				throw new IllegalStateException("missing /reports/VERIFY.txt");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8)
				.replace("{fingerprint}", identity.fingerprint())
				.replace("{subject}", identity.certificate().getSubjectX500Principal().getName());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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

	/** Keeps a content writer from closing the zip (or the caller's stream). */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
