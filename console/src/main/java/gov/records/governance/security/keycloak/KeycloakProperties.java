package gov.records.governance.security.keycloak;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keycloak profile's settings ({@code governance.keycloak.*}). The issuer and the
 * client secret come from the environment; {@link KeycloakSettingsCheck} stops start-up
 * when one is missing.
 *
 * @param issuerUri the realm's issuer, e.g.
 * {@code https://sso.example.gov/realms/governance}
 * @param clientId the console's client in that realm
 * @param clientSecret the console's client secret
 * @param audience what the API requires in a bearer token's {@code aud} claim
 * @param roleSource where the console's roles are read: the realm's roles or the console
 * client's roles
 * @param roleClient the client whose roles count when {@code roleSource} is
 * {@code CLIENT} (the console's client when empty)
 * @param organizationClaim the token claim with the user's organization codes
 * @param accessContact whom a user without a role or an organization is told to ask
 * @param clockSkew how far a token's times may be off
 * @param probeTimeout how long sign-in waits to learn whether Keycloak is reachable
 */
@ConfigurationProperties("governance.keycloak")
public record KeycloakProperties(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
		@Nullable String audience, RoleSource roleSource, @Nullable String roleClient, String organizationClaim,
		String accessContact, Duration clockSkew, Duration probeTimeout) {

	public KeycloakProperties {
		roleSource = (roleSource != null) ? roleSource : RoleSource.REALM;
		organizationClaim = (organizationClaim != null && !organizationClaim.isBlank()) ? organizationClaim
				: "organization";
		accessContact = (accessContact != null && !accessContact.isBlank()) ? accessContact
				: "your department's identity administrator";
		clockSkew = (clockSkew != null) ? clockSkew : Duration.ofSeconds(30);
		probeTimeout = (probeTimeout != null) ? probeTimeout : Duration.ofSeconds(2);
	}

	/** The issuer without a trailing slash. */
	String issuer() {
		String issuer = (this.issuerUri != null) ? this.issuerUri.strip() : "";
		return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
	}

	String client() {
		return (this.clientId != null) ? this.clientId.strip() : "";
	}

	String requiredAudience() {
		return (this.audience != null && !this.audience.isBlank()) ? this.audience.strip() : client();
	}

	String rolesOfClient() {
		return (this.roleClient != null && !this.roleClient.isBlank()) ? this.roleClient.strip() : client();
	}

	/** Where the console's roles are read in a token. */
	public enum RoleSource {

		/** {@code realm_access.roles}: the realm's roles. */
		REALM,

		/** {@code resource_access.<client>.roles}: one client's roles. */
		CLIENT

	}

}
