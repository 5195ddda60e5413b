package gov.records.governance.security.keycloak;

import gov.records.governance.security.ApiBearerTokens;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Bearer tokens on the REST API from the console's realm: signature from the realm's
 * JWKS, issuer, audience, expiry, access tokens only ({@link KeycloakConfig#jwtDecoder});
 * roles and scope as at sign-in ({@link KeycloakJwtConverter}); refusals answered and
 * recorded by {@link BearerRefusals}.
 */
final class KeycloakApiTokens implements ApiBearerTokens {

	private final JwtDecoder decoder;

	private final KeycloakJwtConverter converter;

	private final BearerRefusals refusals;

	KeycloakApiTokens(JwtDecoder decoder, KeycloakJwtConverter converter, BearerRefusals refusals) {
		this.decoder = decoder;
		this.converter = converter;
		this.refusals = refusals;
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		http.oauth2ResourceServer(
				(server) -> server.jwt((jwt) -> jwt.decoder(this.decoder).jwtAuthenticationConverter(this.converter))
					.authenticationEntryPoint(this.refusals));
	}

}
