package gov.records.governance.access;

import gov.records.governance.access.domain.ConsoleUserScope;
import gov.records.governance.access.domain.ConsoleUserScopes;
import gov.records.governance.shared.RecentValues;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "who is asking, in which role, bound to which organizations" for the services
 * that enforce scope. Reads the Spring Security context, so it works the same for the
 * console, the REST API and scheduled jobs that run with a system authentication.
 */
@Service
public class AccessService {

	private final ConsoleUserScopes scopes;

	/**
	 * Grants change rarely and are read on every scoped query, often inside a
	 * transaction: kept briefly, read again in the background after 30 s, dropped on
	 * change; no caller waits for another's read (DD077).
	 */
	private final RecentValues<String, ScopeGrant> grants = RecentValues.of("a user's grant", Duration.ofSeconds(30),
			Duration.ofMinutes(5));

	AccessService(ConsoleUserScopes scopes) {
		this.scopes = scopes;
	}

	/** The login name of the current user, if one is authenticated. */
	public Optional<String> currentUsername() {
		return currentAuthentication().map(Authentication::getName);
	}

	/** The current user's roles, without the {@code ROLE_} prefix. */
	public Set<String> currentRoles() {
		return currentAuthentication()
			.map((auth) -> auth.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.filter((name) -> name != null && name.startsWith("ROLE_"))
				.map((name) -> name.substring("ROLE_".length()))
				.collect(Collectors.toUnmodifiableSet()))
			.orElse(Set.of());
	}

	/**
	 * The organization subtrees the current user is bound to; empty when nobody is logged
	 * in. No transaction of its own: the grant is usually cached, and a miss is read by
	 * the repository in one (a transaction here took a pooled connection on every scoped
	 * call made outside a transaction, cached or not; DD075).
	 */
	public ScopeGrant currentGrant() {
		Optional<Authentication> auth = currentAuthentication();
		Optional<Set<Long>> fromToken = auth.flatMap(AccessService::tokenScope);
		if (auth.isPresent() && fromToken.isPresent()) {
			return new ScopeGrant(auth.get().getName(), fromToken.get());
		}
		return currentUsername().map(this::grantOf).orElseGet(() -> new ScopeGrant("", Set.of()));
	}

	/**
	 * The organizations the sign-in token named (Keycloak profile), when it named any:
	 * they take precedence over the console's binding.
	 */
	private static Optional<Set<Long>> tokenScope(Authentication auth) {
		TokenScope scope = (auth instanceof TokenScope own) ? own
				: (auth.getPrincipal() instanceof TokenScope principal) ? principal : null;
		return Optional.ofNullable(scope).map(TokenScope::tokenOrganizationIds).filter((ids) -> !ids.isEmpty());
	}

	/**
	 * A user's grant, from a short-lived cache (no transaction unless it has to be
	 * loaded).
	 */
	public ScopeGrant grantOf(String username) {
		return this.grants.get(username, () -> loadGrant(username));
	}

	private ScopeGrant loadGrant(String username) {
		Set<Long> roots = this.scopes.findByUsername(username)
			.stream()
			.map(ConsoleUserScope::getOrganizationId)
			.collect(Collectors.toUnmodifiableSet());
		return new ScopeGrant(username, roots);
	}

	/** Binds a user to the subtree under an organization (idempotent). */
	@Transactional
	public void bind(String username, long organizationId) {
		this.scopes.save(new ConsoleUserScope(username, organizationId));
		this.grants.forget(username);
	}

	private static Optional<Authentication> currentAuthentication() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null && auth.isAuthenticated()) ? Optional.of(auth) : Optional.empty();
	}

}
