package gov.records.governance.security.keycloak;

import gov.records.governance.access.AppRoles;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the console's roles from a Keycloak token's claims (DD030): the realm's roles
 * ({@code realm_access.roles}) or one client's roles
 * ({@code resource_access.<client>.roles}). Only the console's five role names count, as
 * Keycloak spells them (upper case); every other role in the token is ignored, so a
 * realm's own roles ({@code offline_access}, {@code default-roles-*}) never become
 * console roles.
 */
final class TokenRoleMapper {

	private static final Set<String> CONSOLE_ROLES = Set
		.copyOf(Stream.concat(Stream.of(AppRoles.ALL), Stream.of(AppRoles.CAPTURE_BOT)).toList());

	private final KeycloakProperties.RoleSource source;

	private final String client;

	TokenRoleMapper(KeycloakProperties.RoleSource source, String client) {
		this.source = source;
		this.client = client;
	}

	static TokenRoleMapper of(KeycloakProperties settings) {
		return new TokenRoleMapper(settings.roleSource(), settings.rolesOfClient());
	}

	/** The console roles the token grants, without the {@code ROLE_} prefix, sorted. */
	Set<String> roles(Map<String, Object> claims) {
		Object holder = switch (this.source) {
			case REALM -> claims.get("realm_access");
			case CLIENT ->
				(claims.get("resource_access") instanceof Map<?, ?> clients) ? clients.get(this.client) : null;
		};
		Set<String> roles = new TreeSet<>();
		if (holder instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> names) {
			for (Object name : names) {
				if (name instanceof String role && CONSOLE_ROLES.contains(role)) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	/** The username a token names: {@code preferred_username}, else its subject. */
	static String username(Map<String, Object> claims) {
		String name = text(claims.get("preferred_username"));
		return (name != null) ? name : String.valueOf(text(claims.get("sub")));
	}

	static @Nullable String text(@Nullable Object value) {
		return (value instanceof String string && !string.isBlank()) ? string : null;
	}

}
