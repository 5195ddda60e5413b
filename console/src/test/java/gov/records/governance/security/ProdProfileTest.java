package gov.records.governance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import gov.records.governance.ConsoleApplication;
import gov.records.governance.evidence.checkpoint.NoteSigner;
import gov.records.governance.reports.bundle.BundleSigningProperties;
import gov.records.governance.reports.bundle.SigningKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The {@code prod} profile as an operator meets it (with its identity provider, the
 * {@code keycloak} profile): started with only the packaged properties (not the tests'
 * overrides), it refuses to start without its settings and names each one; with all of
 * them (on PostgreSQL) it starts with its signing keys and without any fallback login.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProdProfileTest {

	/** The packaged properties only: the test resources' overrides are left out. */
	private static final String PACKAGED = "--spring.config.location=classpath:/application.properties,"
			+ "classpath:/application-prod.properties,classpath:/application-keycloak.properties";

	@Test
	void withNoEnvironmentItRefusesToStartAndNamesEveryMissingSetting(CapturedOutput output) {
		Throwable failure = catchThrowable(() -> start(List.of()).close());
		assertThat(failure).isInstanceOf(ProdSettingsMissingException.class);
		assertThat(failure.getMessage()).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
				"GOVERNANCE_REPORTS_SIGNING_KEYSTORE", "GOVERNANCE_REPORTS_SIGNING_PASSWORD",
				"GOVERNANCE_REPORTS_ARCHIVE_DIR", "GOVERNANCE_LOG_ORIGIN", "GOVERNANCE_LOG_SIGNER_KEY");
		assertThat(failure.getMessage()).doesNotContain("\n").doesNotContain("Exception");
		assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
			.contains("GOVERNANCE_LOG_SIGNER_KEY (the audit log's checkpoint signing key) is not set")
			.doesNotContain("must start with \"jdbc\"");
	}

	@Test
	void withOnlyADatabaseItStillRefusesAndNamesTheSigningKeys() {
		Throwable failure = catchThrowable(
				() -> start(List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/prod-only-db",
						"--spring.datasource.username=sa", "--spring.datasource.password="))
					.close());
		assertThat(failure).isInstanceOf(ProdSettingsMissingException.class);
		assertThat(failure.getMessage()).contains("GOVERNANCE_REPORTS_SIGNING_KEYSTORE", "GOVERNANCE_LOG_SIGNER_KEY")
			.doesNotContain("SPRING_DATASOURCE_URL");
	}

	@Test
	@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
	void withEverySettingItStartsServesItsSignedCheckpointAndHasNoFallbackUser(@TempDir Path dir, CapturedOutput output)
			throws Exception {
		Path keystore = dir.resolve("signing.p12");
		new SigningKeys(new BundleSigningProperties(keystore, "prod-test-secret", "report-signing", true, "CN=test"))
			.identity();
		String signerKey = NoteSigner.generate("prod-test.example/audit").signerKey();
		String database = System.getenv().getOrDefault("GOVERNANCE_TEST_PGDB", "test");
		try (ConfigurableApplicationContext context = start(List.of(
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database
						+ "?currentSchema=governance_prod",
				"--spring.flyway.schemas=governance_prod", "--spring.flyway.default-schema=governance_prod",
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--governance.keycloak.issuer-uri=https://sso.example.gov/realms/governance",
				"--governance.keycloak.client-secret=prod-test-client-secret",
				"--governance.reports.signing.keystore=" + keystore,
				"--governance.reports.signing.password=prod-test-secret",
				"--governance.reports.archive-dir=" + dir.resolve("archive"),
				"--governance.log.origin=prod-test.example/audit", "--governance.log.signer-key=" + signerKey))) {
			assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
			assertThat(output.getOut()).doesNotContain("generated security password");
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<String> checkpoint = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/log/checkpoint")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(checkpoint.statusCode()).isEqualTo(200);
			assertThat(checkpoint.body()).startsWith("prod-test.example/audit");
			HttpResponse<String> fallback = http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/groups"))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("user:guess".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(fallback.statusCode()).isEqualTo(401);
			HttpResponse<String> docs = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(docs.statusCode()).isEqualTo(401);
			HttpResponse<String> login = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(login.headers().allValues("Set-Cookie")).filteredOn((c) -> c.startsWith("JSESSIONID="))
				.allSatisfy((c) -> assertThat(c).contains("Secure"));
		}
	}

	private static ConfigurableApplicationContext start(List<String> settings) {
		List<String> args = new ArrayList<>(List.of(PACKAGED, "--server.port=0", "--governance.sync.enabled=false",
				"--governance.outbox.enabled=false"));
		args.addAll(settings);
		// prod always with its identity provider: without it the start is refused
		return new SpringApplicationBuilder(ConsoleApplication.class).profiles("prod", "keycloak")
			.run(args.toArray(String[]::new));
	}

}
