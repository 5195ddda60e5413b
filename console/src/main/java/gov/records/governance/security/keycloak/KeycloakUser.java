package gov.records.governance.security.keycloak;

import gov.records.governance.access.TokenScope;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A user signed in through Keycloak: the ID token, the console roles read from the access
 * token, and the organizations its claim named (empty: the console's binding applies).
 */
final class KeycloakUser extends DefaultOidcUser implements TokenScope {

	private static final long serialVersionUID = 1L;

	private final Set<Long> organizations;

	KeycloakUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, Set<Long> organizations) {
		super(authorities, idToken, "preferred_username");
		this.organizations = Set.copyOf(organizations);
	}

	@Override
	public Set<Long> tokenOrganizationIds() {
		return this.organizations;
	}

}
