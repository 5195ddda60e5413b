package gov.records.governance.security.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A verified bearer token as an API caller: its console roles and its organization scope.
 * A token without a console role, or whose user has no organization (neither in the token
 * nor bound in the console), is refused with 403.
 */
final class KeycloakJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final TokenRoleMapper roles;

	private final OrganizationScopeResolver scopes;

	KeycloakJwtConverter(TokenRoleMapper roles, OrganizationScopeResolver scopes) {
		this.roles = roles;
		this.scopes = scopes;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Map<String, Object> claims = jwt.getClaims();
		String username = TokenRoleMapper.username(claims);
		String subject = String.valueOf(jwt.getSubject());
		Set<String> granted = this.roles.roles(claims);
		if (granted.isEmpty()) {
			throw RefusedIdentity.noRole(subject, username);
		}
		OrganizationScopeResolver.Scope scope = this.scopes.resolve(username, claims);
		if (scope.isEmpty()) {
			throw RefusedIdentity.noScope(subject, username);
		}
		List<GrantedAuthority> authorities = granted.stream()
			.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return new ScopedJwtAuthentication(jwt, authorities, username, scope.organizationIds());
	}

}
