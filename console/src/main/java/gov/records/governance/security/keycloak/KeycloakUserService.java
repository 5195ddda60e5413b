package gov.records.governance.security.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Turns a Keycloak sign-in into a console user. The roles and the organization claim are
 * read from the access token, verified with the same decoder as the API's bearer tokens
 * (signature, issuer, audience, expiry), so the console and the API grant the same things
 * for the same token. No console role: the sign-in is refused.
 */
final class KeycloakUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService oidc = new OidcUserService();

	private final JwtDecoder decoder;

	private final TokenRoleMapper roles;

	private final OrganizationScopeResolver scopes;

	KeycloakUserService(JwtDecoder decoder, TokenRoleMapper roles, OrganizationScopeResolver scopes) {
		this.decoder = decoder;
		this.roles = roles;
		this.scopes = scopes;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.oidc.loadUser(request);
		Map<String, Object> claims = accessTokenClaims(request);
		Set<String> granted = this.roles.roles(claims);
		if (granted.isEmpty()) {
			throw RefusedIdentity.noRole(user.getSubject(), TokenRoleMapper.username(claims));
		}
		List<GrantedAuthority> authorities = granted.stream()
			.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return new KeycloakUser(authorities, user.getIdToken(), this.scopes.fromToken(claims));
	}

	private Map<String, Object> accessTokenClaims(OidcUserRequest request) {
		try {
			Jwt access = this.decoder.decode(request.getAccessToken().getTokenValue());
			return access.getClaims();
		}
		catch (JwtException ex) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error("invalid_token", "The identity provider's access token did not verify", null), ex);
		}
	}

}
