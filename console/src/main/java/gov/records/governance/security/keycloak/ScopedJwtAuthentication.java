package gov.records.governance.security.keycloak;

import gov.records.governance.access.TokenScope;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** An API call with a verified bearer token: its roles and its organization scope. */
final class ScopedJwtAuthentication extends JwtAuthenticationToken implements TokenScope {

	private static final long serialVersionUID = 1L;

	private final Set<Long> organizations;

	ScopedJwtAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, String name,
			Set<Long> organizations) {
		super(jwt, authorities, name);
		this.organizations = Set.copyOf(organizations);
	}

	@Override
	public Set<Long> tokenOrganizationIds() {
		return this.organizations;
	}

}
