package gov.records.governance.security.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The keycloak profile refuses to start without its issuer and client settings, naming
 * each; prod refuses a plain-http issuer and the demo realm's secret.
 */
class KeycloakSettingsCheckTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(KeycloakConfig.class);

	@Test
	void prodWithoutTheIssuerOrTheSecretDoesNotStartAndNamesTheSettings() {
		this.runner.withInitializer((context) -> context.getEnvironment().setActiveProfiles("prod", "keycloak"))
			.withPropertyValues("governance.keycloak.client-id=governance-console")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(rootMessage(context.getStartupFailure()))
					.contains("governance.keycloak.issuer-uri is not set (environment GOVERNANCE_KEYCLOAK_ISSUER_URI)")
					.contains(
							"governance.keycloak.client-secret is not set (environment GOVERNANCE_KEYCLOAK_CLIENT_SECRET)")
					.doesNotContain("client-id");
			});
	}

	@Test
	void aMissingClientIdIsNamedToo() {
		this.runner.withInitializer((context) -> context.getEnvironment().setActiveProfiles("prod", "keycloak"))
			.withPropertyValues("governance.keycloak.issuer-uri=https://sso.example.gov/realms/governance",
					"governance.keycloak.client-secret=s3cret-from-vault", "governance.keycloak.client-id= ")
			.run((context) -> assertThat(rootMessage(context.getStartupFailure()))
				.contains("governance.keycloak.client-id is not set")
				.doesNotContain("issuer-uri")
				.doesNotContain("s3cret-from-vault"));
	}

	@Test
	void prodRefusesAPlainHttpIssuerAndTheDemoSecret() {
		this.runner.withInitializer((context) -> context.getEnvironment().setActiveProfiles("prod", "keycloak"))
			.withPropertyValues("governance.keycloak.issuer-uri=http://localhost:8180/realms/governance",
					"governance.keycloak.client-id=governance-console",
					"governance.keycloak.client-secret=" + KeycloakSettingsCheck.DEMO_CLIENT_SECRET)
			.run((context) -> assertThat(rootMessage(context.getStartupFailure()))
				.contains("governance.keycloak.issuer-uri must be an https address in prod")
				.contains("governance.keycloak.client-secret (GOVERNANCE_KEYCLOAK_CLIENT_SECRET) is the demo realm's"));
	}

	@Test
	void outsideProdTheDemoRealmOnLoopbackIsAccepted() {
		this.runner.withInitializer((context) -> context.getEnvironment().setActiveProfiles("keycloak"))
			.withPropertyValues("governance.keycloak.issuer-uri=http://127.0.0.1:8180/realms/governance/",
					"governance.keycloak.client-id=governance-console",
					"governance.keycloak.client-secret=" + KeycloakSettingsCheck.DEMO_CLIENT_SECRET)
			.run((context) -> {
				// the configuration itself starts; the beans that need the console's
				// services
				// are not part of this context
				Throwable failure = context.getStartupFailure();
				assertThat((failure != null) ? rootMessage(failure) : "")
					.doesNotContain("keycloak profile cannot start");
			});
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

}
