package gov.records.governance.reports.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.checkpoint.NoteSigner;
import gov.records.governance.evidence.checkpoint.NoteVerifier;
import gov.records.governance.evidence.merkle.Hash;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rotation of both signing keys (DD055), the way an operator does it: the report key
 * gets a new alias in the same keystore (the old alias is listed in
 * {@code previous-aliases}), the checkpoint key is replaced (the old verifier key is
 * listed in {@code previous-verifier-keys}). Every object is made again from those
 * settings and files alone, as after a restart: the bundle and checkpoint signed before
 * the rotation still verify, new ones are signed with the new keys, and a bundle or a
 * checkpoint signed by a key the installation never had is refused.
 */
class KeyRotationTest {

	private static final String ORIGIN = "governance.example.gov/audit";

	private static final String PASSWORD = "rotation-test-password";

	@TempDir
	Path directory;

	@Test
	void oldBundlesAndCheckpointsStillVerifyAfterARotationAndForgedOnesDoNot() throws Exception {
		Path keystore = this.directory.resolve("report-signing.p12");

		// before: one report key (generated, alias 2026) and one checkpoint key
		SigningKeys before = new SigningKeys(settings(keystore, "signing-2026", List.of()));
		NoteSigner oldLogKey = NoteSigner.generate(ORIGIN);
		String oldCheckpoint = checkpoint(oldLogKey, 8);
		Path oldBundle = bundle(before, "old.zip", oldCheckpoint);
		assertThat(new BundleVerifier(before).verify(oldBundle).isValid()).isTrue();

		// rotate: a new key entry in the same keystore, a new checkpoint key
		addKeyEntry(keystore, "signing-2027");
		NoteSigner newLogKey = NoteSigner.generate(ORIGIN);
		Instant rotatedAt = Instant.now();
		List<String> published = List.of(newLogKey.verifierKey(), oldLogKey.verifierKey());

		// after the restart: made again from the settings alone
		SigningKeys after = new SigningKeys(settings(keystore, "signing-2027", List.of("signing-2026")));
		BundleVerifier verifier = new BundleVerifier(after);
		assertThat(after.identity().certificate()).isNotEqualTo(before.identity().certificate());
		assertThat(after.previousCertificates()).containsExactly(before.identity().certificate());
		assertThat(after.trustedCertificates()).hasSize(2);

		BundleVerification old = verifier.verify(oldBundle);
		assertThat(old.problems()).isEmpty();
		assertThat(old.signer()).isEqualTo(before.identity().certificate());
		String newCheckpoint = checkpoint(NoteSigner.fromSignerKey(newLogKey.signerKey()), 9);
		Path newBundle = bundle(after, "new.zip", newCheckpoint);
		BundleVerification fresh = verifier.verify(newBundle);
		assertThat(fresh.isValid()).isTrue();
		assertThat(fresh.signer()).isEqualTo(after.identity().certificate());
		// and an upload is checked against the same certificates
		try (InputStream upload = Files.newInputStream(oldBundle)) {
			assertThat(verifier.verify(upload, after.trustedCertificates()).isValid()).isTrue();
		}

		List<NoteVerifier> trusted = published.stream().map(NoteVerifier::fromVerifierKey).toList();
		assertThat(Checkpoint.open(oldCheckpoint, ORIGIN, trusted).treeSize()).isEqualTo(8);
		assertThat(Checkpoint.open(newCheckpoint, ORIGIN, trusted).treeSize()).isEqualTo(9);
		assertThat(Checkpoint.open(old.checkpoint(), ORIGIN, trusted).treeSize()).isEqualTo(8);
		assertThat(rotatedAt).isBeforeOrEqualTo(Instant.now());

		// forged: a key this installation never had
		Path elsewhere = Files.createDirectories(this.directory.resolve("elsewhere"));
		SigningKeys forger = new SigningKeys(settings(elsewhere.resolve("forger.p12"), "signing-2026", List.of()));
		Path forged = bundle(forger, "forged.zip", oldCheckpoint);
		BundleVerification refused = verifier.verify(forged);
		assertThat(refused.isValid()).isFalse();
		assertThat(refused.problems().toString()).contains("not a trusted certificate");
		String forgedCheckpoint = checkpoint(NoteSigner.generate(ORIGIN), 8);
		assertThatThrownBy(() -> Checkpoint.open(forgedCheckpoint, ORIGIN, trusted))
			.isInstanceOf(RuntimeException.class);
		// without the previous alias, the old bundle is refused: the setting is what
		// keeps it verifiable
		SigningKeys forgetful = new SigningKeys(settings(keystore, "signing-2027", List.of()));
		assertThat(new BundleVerifier(forgetful).verify(oldBundle).isValid()).isFalse();
	}

	@Test
	void aPreviousAliasMissingFromTheKeystoreIsNamedInTheError() throws Exception {
		Path keystore = this.directory.resolve("report-signing.p12");
		new SigningKeys(settings(keystore, "signing-2026", List.of())).identity();
		SigningKeys wrong = new SigningKeys(settings(keystore, "signing-2026", List.of("signing-1999")));
		assertThatThrownBy(wrong::previousCertificates).hasMessageContaining("signing-1999")
			.hasMessageContaining("previous-aliases");
	}

	private static BundleSigningProperties settings(Path keystore, String alias, List<String> previous) {
		return new BundleSigningProperties(keystore, PASSWORD, alias, true, "CN=Rotation test " + alias, previous);
	}

	/**
	 * Adds a new key with a self-signed certificate under {@code alias}, as keytool
	 * would.
	 */
	private static void addKeyEntry(Path keystore, String alias) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, PASSWORD.toCharArray());
		}
		SigningIdentity created = SelfSignedCertificates.generate("CN=Rotation test " + alias, Instant.now());
		store.setKeyEntry(alias, created.privateKey(), PASSWORD.toCharArray(),
				new Certificate[] { created.certificate() });
		try (OutputStream out = Files.newOutputStream(keystore)) {
			store.store(out, PASSWORD.toCharArray());
		}
	}

	private static String checkpoint(NoteSigner key, long size) throws Exception {
		byte[] root = MessageDigest.getInstance("SHA-256").digest(("tree of " + size).getBytes(StandardCharsets.UTF_8));
		return new Checkpoint(ORIGIN, size, Hash.of(root)).sign(key);
	}

	private Path bundle(SigningKeys keys, String name, String checkpoint) throws Exception {
		Path bundle = this.directory.resolve(name);
		try (OutputStream out = Files.newOutputStream(bundle)) {
			new SignedBundleWriter(keys).write(out,
					List.of(BundleFile.ofText("report.txt", "Evidence of " + name + "\n")), checkpoint);
		}
		return bundle;
	}

}
