package gov.records.governance.security.keycloak;

import gov.records.governance.access.AccessService;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A Keycloak user's organization scope (DD030): the organization codes in a token claim
 * (a Keycloak user attribute, {@code organization} by default); when the claim names no
 * organization the console knows, the console's own binding for that username.
 */
final class OrganizationScopeResolver {

	private final String claim;

	private final Function<String, Optional<Long>> organizationByCode;

	private final Function<String, Set<Long>> binding;

	OrganizationScopeResolver(String claim, Function<String, Optional<Long>> organizationByCode,
			Function<String, Set<Long>> binding) {
		this.claim = claim;
		this.organizationByCode = organizationByCode;
		this.binding = binding;
	}

	static OrganizationScopeResolver of(KeycloakProperties settings, OrganizationService organizations,
			AccessService access) {
		return new OrganizationScopeResolver(settings.organizationClaim(),
				(code) -> organizations.fullTree()
					.all()
					.stream()
					.filter((node) -> node.code().equals(code))
					.map(OrganizationNode::id)
					.findFirst(),
				(username) -> access.grantOf(username).rootOrganizationIds());
	}

	/** The organizations the token's claim names and the console knows. */
	Set<Long> fromToken(Map<String, Object> claims) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String code : codes(claims.get(this.claim))) {
			this.organizationByCode.apply(code).ifPresent(ids::add);
		}
		return Set.copyOf(ids);
	}

	/**
	 * The scope that applies: the token's when it names one, else the console's binding.
	 */
	Scope resolve(String username, Map<String, Object> claims) {
		Set<Long> token = fromToken(claims);
		if (!token.isEmpty()) {
			return new Scope(token, Scope.Source.TOKEN);
		}
		Set<Long> bound = this.binding.apply(username);
		return bound.isEmpty() ? new Scope(Set.of(), Scope.Source.NONE) : new Scope(bound, Scope.Source.BINDING);
	}

	private static List<String> codes(@Nullable Object value) {
		List<String> codes = new ArrayList<>();
		if (value instanceof String code) {
			codes.add(code.strip());
		}
		else if (value instanceof Collection<?> values) {
			for (Object each : values) {
				if (each instanceof String code) {
					codes.add(code.strip());
				}
			}
		}
		codes.removeIf(String::isEmpty);
		return codes;
	}

	/** The organizations a user may see and where they came from. */
	record Scope(Set<Long> organizationIds, Source source) {

		Scope {
			organizationIds = Set.copyOf(organizationIds);
		}

		boolean isEmpty() {
			return this.organizationIds.isEmpty();
		}

		enum Source {

			TOKEN, BINDING, NONE

		}

	}

}
