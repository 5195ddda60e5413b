package gov.records.governance.security.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenRoleMapperTest {

	private static final Map<String, Object> CLAIMS = Map.of("preferred_username", "admin-fec", "sub", "4b1c-subject",
			"realm_access", Map.of("roles", List.of("offline_access", "PLATFORM_ADMIN", "default-roles-governance")),
			"resource_access", Map.of("governance-console", Map.of("roles", List.of("INSPECTOR")), "account",
					Map.of("roles", List.of("CIO", "manage-account"))));

	@Test
	void realmRolesKeepOnlyTheConsolesRoleNames() {
		TokenRoleMapper mapper = new TokenRoleMapper(KeycloakProperties.RoleSource.REALM, "governance-console");
		assertThat(mapper.roles(CLAIMS)).containsExactly("PLATFORM_ADMIN");
	}

	@Test
	void clientRolesAreReadFromTheConfiguredClientOnly() {
		assertThat(new TokenRoleMapper(KeycloakProperties.RoleSource.CLIENT, "governance-console").roles(CLAIMS))
			.containsExactly("INSPECTOR");
		assertThat(new TokenRoleMapper(KeycloakProperties.RoleSource.CLIENT, "account").roles(CLAIMS))
			.containsExactly("CIO");
		assertThat(new TokenRoleMapper(KeycloakProperties.RoleSource.CLIENT, "other").roles(CLAIMS)).isEmpty();
	}

	@Test
	void roleNamesMustMatchExactlyAndOddShapesGrantNothing() {
		TokenRoleMapper mapper = new TokenRoleMapper(KeycloakProperties.RoleSource.REALM, "governance-console");
		assertThat(mapper.roles(Map.of("realm_access", Map.of("roles", List.of("cio", "ROLE_CIO", " CIO", 7)))))
			.isEmpty();
		assertThat(mapper.roles(Map.of("realm_access", Map.of("roles", "CIO")))).isEmpty();
		assertThat(mapper.roles(Map.of("realm_access", List.of("CIO")))).isEmpty();
		assertThat(mapper.roles(Map.of())).isEmpty();
		assertThat(mapper.roles(Map.of("realm_access",
				Map.of("roles", List.of("CIO", "PLATFORM_ADMIN", "RECORDS_OFFICER", "INSPECTOR", "CAPTURE_BOT")))))
			.containsExactly("CAPTURE_BOT", "CIO", "INSPECTOR", "PLATFORM_ADMIN", "RECORDS_OFFICER");
	}

	@Test
	void theUsernameIsThePreferredUsernameElseTheSubject() {
		assertThat(TokenRoleMapper.username(CLAIMS)).isEqualTo("admin-fec");
		assertThat(TokenRoleMapper.username(Map.of("sub", "4b1c-subject", "preferred_username", " ")))
			.isEqualTo("4b1c-subject");
	}

}
