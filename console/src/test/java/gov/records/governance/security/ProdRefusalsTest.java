package gov.records.governance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import gov.records.governance.ConsoleApplication;
import gov.records.governance.evidence.checkpoint.NoteSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 13, item 6: {@code prod} refuses to start unsafe. Each test starts a real Spring
 * context from the packaged properties with a complete, safe set of settings but one
 * unsafe change, and expects the start refused with exactly one problem that names the
 * setting. The safe set itself gets past the check (it fails later, only at its
 * unreachable database).
 */
class ProdRefusalsTest {

	@TempDir
	static Path dir;

	private static Path keystore;

	private static String signerKey;

	@BeforeAll
	static void files() throws Exception {
		keystore = Files.writeString(dir.resolve("signing.p12"), "a keystore file");
		signerKey = NoteSigner.generate("prod-refusals.example/audit").signerKey();
	}

	@Test
	void theSafeSettingsPassTheCheck() {
		Throwable failure = catchThrowable(() -> start(safe(), "prod", "keycloak").close());
		assertThat(failure).isNotNull();
		assertThat(causes(failure)).noneMatch(ProdSettingsMissingException.class::isInstance);
	}

	@Test
	void anH2DatabaseIsRefused() {
		assertRefused(replace(safe(), "--spring.datasource.url=", "jdbc:h2:mem:prod-h2"),
				"SPRING_DATASOURCE_URL names an H2 database");
	}

	@Test
	void theDemoDataIsRefused() {
		assertRefused(add(safe(), "--governance.demo.enabled=true"), "governance.demo.enabled");
	}

	@Test
	void theSimulatorIsRefused() {
		assertRefused(add(safe(), "--governance.simulator.enabled=true"), "governance.simulator.enabled");
	}

	@Test
	void demoUsersAreRefused() {
		assertRefused(add(safe(), "--governance.demo-users.users[0].username=officer",
				"--governance.demo-users.users[0].role=RECORDS_OFFICER"), "governance.demo-users is set");
	}

	@Test
	void aMissingSigningKeyIsRefused() {
		List<String> settings = safe();
		settings.removeIf((s) -> s.startsWith("--governance.log.signer-key="));
		assertRefused(settings, "GOVERNANCE_LOG_SIGNER_KEY (the audit log's checkpoint signing key) is not set");
	}

	@Test
	void thePlaceholderSigningKeyIsRefused() {
		assertRefused(replace(safe(), "--governance.log.signer-key=", "change-me"),
				"GOVERNANCE_LOG_SIGNER_KEY is still the placeholder change-me");
	}

	@Test
	void aSigningKeyThatIsNoKeyIsRefused() {
		assertRefused(replace(safe(), "--governance.log.signer-key=", "secret"),
				"GOVERNANCE_LOG_SIGNER_KEY is not a note signer key");
	}

	@Test
	void thePlaceholderReportKeystorePasswordIsRefused() {
		assertRefused(replace(safe(), "--governance.reports.signing.password=", "change-me"),
				"GOVERNANCE_REPORTS_SIGNING_PASSWORD is still the placeholder");
	}

	@Test
	void noIdentityProviderIsRefused() {
		Throwable failure = catchThrowable(() -> start(safe(), "prod").close());
		assertOneProblem(failure, "no identity provider: the keycloak profile is not active");
	}

	@Test
	void anIdentityProviderWithoutIssuerIsRefused() {
		List<String> settings = safe();
		settings.removeIf((s) -> s.startsWith("--governance.keycloak.issuer-uri="));
		assertRefused(settings, "GOVERNANCE_KEYCLOAK_ISSUER_URI (the identity provider's issuer) is not set");
	}

	private static void assertRefused(List<String> settings, String problem) {
		assertOneProblem(catchThrowable(() -> start(settings, "prod", "keycloak").close()), problem);
	}

	private static void assertOneProblem(Throwable failure, String problem) {
		assertThat(failure).isInstanceOf(ProdSettingsMissingException.class);
		String message = failure.getMessage();
		assertThat(message).contains(problem).doesNotContain("\n").doesNotContain("Exception");
		String problems = message.substring(message.indexOf("settings: ") + "settings: ".length(),
				message.lastIndexOf(". Set them"));
		assertThat(problems.split("; ")).as("one problem only: %s", message).hasSize(1);
	}

	/** Complete and safe, with a database nobody listens on. */
	private static List<String> safe() {
		return new ArrayList<>(List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/prod-refusals",
				"--spring.datasource.username=governance", "--spring.datasource.password=",
				"--spring.flyway.connect-retries=0", "--spring.datasource.hikari.connection-timeout=2000",
				"--governance.reports.signing.keystore=" + keystore,
				"--governance.reports.signing.password=a-real-secret",
				"--governance.reports.archive-dir=" + dir.resolve("archive"),
				"--governance.log.origin=prod-refusals.example/audit", "--governance.log.signer-key=" + signerKey,
				"--governance.keycloak.issuer-uri=https://sso.example.gov/realms/governance",
				"--governance.keycloak.client-secret=the-realm-secret"));
	}

	private static List<String> add(List<String> settings, String... more) {
		settings.addAll(List.of(more));
		return settings;
	}

	private static List<String> replace(List<String> settings, String prefix, String value) {
		settings.replaceAll((s) -> s.startsWith(prefix) ? prefix + value : s);
		return settings;
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
			chain.add(t);
		}
		return chain;
	}

	private static ConfigurableApplicationContext start(List<String> settings, String... profiles) {
		List<String> args = new ArrayList<>(List.of(
				"--spring.config.location=classpath:/application.properties,classpath:/application-prod.properties,"
						+ "classpath:/application-keycloak.properties",
				"--server.port=0", "--governance.sync.enabled=false", "--governance.outbox.enabled=false"));
		args.addAll(settings);
		return new SpringApplicationBuilder(ConsoleApplication.class).profiles(profiles)
			.run(args.toArray(String[]::new));
	}

}
