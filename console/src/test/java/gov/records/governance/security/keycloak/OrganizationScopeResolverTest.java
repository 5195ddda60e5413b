package gov.records.governance.security.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizationScopeResolverTest {

	private static final Map<String, Long> ORGANIZATIONS = Map.of("DCR", 1L, "FEC", 7L, "OS", 3L);

	private static final Map<String, Set<Long>> BINDINGS = Map.of("records", Set.of(1L), "admin-fec", Set.of(3L));

	private final OrganizationScopeResolver resolver = new OrganizationScopeResolver("organization",
			(code) -> Optional.ofNullable(ORGANIZATIONS.get(code)), (user) -> BINDINGS.getOrDefault(user, Set.of()));

	@Test
	void theTokensClaimTakesPrecedenceOverTheConsolesBinding() {
		OrganizationScopeResolver.Scope scope = this.resolver.resolve("admin-fec",
				Map.of("organization", List.of("FEC")));
		assertThat(scope.organizationIds()).containsExactly(7L);
		assertThat(scope.source()).isEqualTo(OrganizationScopeResolver.Scope.Source.TOKEN);
	}

	@Test
	void aSingleCodeOrSeveralAreRead() {
		assertThat(this.resolver.fromToken(Map.of("organization", "OS"))).containsExactly(3L);
		assertThat(this.resolver.fromToken(Map.of("organization", List.of("FEC", " OS ", "DCR"))))
			.containsExactlyInAnyOrder(1L, 3L, 7L);
	}

	@Test
	void withoutTheClaimTheConsolesBindingApplies() {
		OrganizationScopeResolver.Scope scope = this.resolver.resolve("records", Map.of());
		assertThat(scope.organizationIds()).containsExactly(1L);
		assertThat(scope.source()).isEqualTo(OrganizationScopeResolver.Scope.Source.BINDING);
	}

	@Test
	void unknownCodesAreIgnoredAndTheBindingApplies() {
		assertThat(this.resolver.resolve("records", Map.of("organization", List.of("NOPE", ""))).organizationIds())
			.containsExactly(1L);
		assertThat(this.resolver.fromToken(Map.of("organization", List.of("dcr", 1)))).isEmpty();
	}

	@Test
	void noClaimAndNoBindingIsNoScope() {
		OrganizationScopeResolver.Scope scope = this.resolver.resolve("no-scope", Map.of("organization", List.of()));
		assertThat(scope.isEmpty()).isTrue();
		assertThat(scope.source()).isEqualTo(OrganizationScopeResolver.Scope.Source.NONE);
	}

	@Test
	void theClaimNameIsConfigurable() {
		OrganizationScopeResolver other = new OrganizationScopeResolver("org_codes",
				(code) -> Optional.ofNullable(ORGANIZATIONS.get(code)), (user) -> Set.of());
		assertThat(other.fromToken(Map.of("org_codes", "FEC", "organization", "DCR"))).containsExactly(7L);
	}

}
