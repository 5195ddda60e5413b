package gov.records.governance.reports.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

	@TempDir
	Path directory;

	@Test
	void generatesAnEcKeyOnFirstUseAndLoadsItAfterwards() throws Exception {
		SigningKeys first = BundleFixtures.keys(this.directory);
		SigningIdentity created = first.identity();
		assertThat(created.privateKey().getAlgorithm()).isEqualTo("EC");
		assertThat(created.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=Test report signing");
		created.certificate().verify(created.certificate().getPublicKey());
		Path keystore = this.directory.resolve("signing.p12");
		assertThat(keystore).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore))).isEqualTo("rw-------");
		assertThat(first.identity()).isSameAs(created);

		SigningIdentity loaded = BundleFixtures.keys(this.directory).identity();
		assertThat(loaded.certificate()).isEqualTo(created.certificate());
		assertThat(loaded.privateKey().getEncoded()).isEqualTo(created.privateKey().getEncoded());
		assertThat(loaded.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n");
	}

	@Test
	void productionRefusesToInventAKey() {
		SigningKeys keys = new SigningKeys(new BundleSigningProperties(this.directory.resolve("missing.p12"), "secret",
				"report-signing", false, "CN=x"));
		assertThatThrownBy(keys::identity).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("generation is switched off");
	}

	@Test
	void aWrongPasswordIsReported() {
		BundleFixtures.keys(this.directory).identity();
		SigningKeys wrong = new SigningKeys(new BundleSigningProperties(this.directory.resolve("signing.p12"), "wrong",
				"report-signing", true, "CN=x"));
		assertThatThrownBy(wrong::identity).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("wrong password");
	}

}
