package gov.records.governance.security.keycloak;

import com.vaadin.flow.server.VaadinServiceInitListener;
import gov.records.governance.access.AccessService;
import gov.records.governance.audit.AuditService;
import gov.records.governance.organizations.OrganizationService;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The keycloak profile: the client registration (endpoints derived from the issuer, so
 * the console starts while Keycloak is down and says so at sign-in instead), the token
 * decoder shared by sign-in and API, and the pieces {@link KeycloakSignIn} and
 * {@link KeycloakApiTokens} are made of.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakConfig {

	static final String REGISTRATION_ID = "keycloak";

	private final KeycloakProperties settings;

	KeycloakConfig(KeycloakProperties settings, Environment environment) {
		KeycloakSettingsCheck.check(settings, environment);
		this.settings = settings;
	}

	@Bean
	ClientRegistrationRepository clientRegistrationRepository() {
		String issuer = this.settings.issuer();
		ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Keycloak")
			.clientId(this.settings.client())
			.clientSecret(String.valueOf(this.settings.clientSecret()).strip())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(issuer)
			.authorizationUri(issuer + "/protocol/openid-connect/auth")
			.tokenUri(issuer + "/protocol/openid-connect/token")
			.jwkSetUri(issuer + "/protocol/openid-connect/certs")
			.userNameAttributeName("preferred_username")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/protocol/openid-connect/logout"))
			.build();
		return new InMemoryClientRegistrationRepository(keycloak);
	}

	/**
	 * Verifies a Keycloak access token: signature by the realm's keys (JWKS, fetched when
	 * first needed), issuer, expiry (with the configured skew), the console's audience,
	 * and Keycloak's {@code typ} of an access token (an ID token names the console as its
	 * audience too, and must not open the API).
	 */
	@Bean
	JwtDecoder jwtDecoder() {
		NimbusJwtDecoder decoder = NimbusJwtDecoder
			.withJwkSetUri(this.settings.issuer() + "/protocol/openid-connect/certs")
			.build();
		String audience = this.settings.requiredAudience();
		OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(List.of(
				new JwtTimestampValidator(this.settings.clockSkew()), new JwtIssuerValidator(this.settings.issuer()),
				new JwtClaimValidator<Object>(IdTokenClaimNames.AUD, (aud) -> (aud instanceof Collection<?> values)
						? values.contains(audience) : audience.equals(aud)),
				new JwtClaimValidator<Object>("typ", "Bearer"::equals)));
		decoder.setJwtValidator(validator);
		return decoder;
	}

	@Bean
	IdentityAudit identityAudit(AuditService audit) {
		return new IdentityAudit(audit);
	}

	@Bean
	KeycloakSignIn keycloakSignIn(JwtDecoder decoder, OrganizationService organizations, AccessService access,
			IdentityAudit audit) {
		KeycloakUserService users = new KeycloakUserService(decoder, TokenRoleMapper.of(this.settings),
				OrganizationScopeResolver.of(this.settings, organizations, access));
		return new KeycloakSignIn(users, new SignInFailures(audit),
				new KeycloakReachability(this.settings.issuer(), this.settings.probeTimeout()), audit);
	}

	@Bean
	KeycloakApiTokens keycloakApiTokens(JwtDecoder decoder, OrganizationService organizations, AccessService access,
			IdentityAudit audit) {
		KeycloakJwtConverter converter = new KeycloakJwtConverter(TokenRoleMapper.of(this.settings),
				OrganizationScopeResolver.of(this.settings, organizations, access));
		return new KeycloakApiTokens(decoder, converter, new BearerRefusals(audit));
	}

	@Bean
	VaadinServiceInitListener noScopeGuard(AccessService access) {
		return new NoScopeGuard(access);
	}

}
