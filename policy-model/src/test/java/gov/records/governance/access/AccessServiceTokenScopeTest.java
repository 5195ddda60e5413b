package gov.records.governance.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import gov.records.governance.access.domain.ConsoleUserScope;
import gov.records.governance.access.domain.ConsoleUserScopes;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A token's organizations (Keycloak) take the place of the console's binding; a token
 * that names none leaves the binding in force.
 */
class AccessServiceTokenScopeTest {

	private final ConsoleUserScopes scopes = mock(ConsoleUserScopes.class);

	private final AccessService access = new AccessService(this.scopes);

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theTokensOrganizationsTakePrecedenceOverTheBinding() {
		when(this.scopes.findByUsername("admin-fec")).thenReturn(List.of(new ConsoleUserScope("admin-fec", 1L)));
		signIn(new Scoped("admin-fec", Set.of(7L)));
		assertThat(this.access.currentGrant().rootOrganizationIds()).containsExactly(7L);
	}

	@Test
	void aTokenWithoutOrganizationsLeavesTheBindingInForce() {
		when(this.scopes.findByUsername("records")).thenReturn(List.of(new ConsoleUserScope("records", 1L)));
		signIn(new Scoped("records", Set.of()));
		assertThat(this.access.currentGrant().rootOrganizationIds()).containsExactly(1L);
	}

	@Test
	void anOrdinaryLoginUsesTheBinding() {
		when(this.scopes.findByUsername("cio")).thenReturn(List.of(new ConsoleUserScope("cio", 1L)));
		signIn(new TestingAuthenticationToken("cio", "n/a", "ROLE_CIO"));
		assertThat(this.access.currentGrant().rootOrganizationIds()).containsExactly(1L);
	}

	private static void signIn(TestingAuthenticationToken authentication) {
		authentication.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

	private static final class Scoped extends TestingAuthenticationToken implements TokenScope {

		private final Set<Long> organizations;

		Scoped(String name, Set<Long> organizations) {
			super(name, "n/a", "ROLE_PLATFORM_ADMIN");
			this.organizations = organizations;
		}

		@Override
		public Set<Long> tokenOrganizationIds() {
			return this.organizations;
		}

	}

}
