package gov.records.governance.security.keycloak;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The keycloak profile's entries in the audit log: sign-in, sign-out, refused sign-ins
 * and refused bearer tokens, each with the identity provider's subject. Never a token: of
 * a refused token only the subject, issuer and username it claims are kept (unverified,
 * and said so).
 */
final class IdentityAudit {

	private static final int MAX_ACTOR = 100;

	private final AuditService audit;

	IdentityAudit(AuditService audit) {
		this.audit = audit;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof OAuth2AuthenticationToken token
				&& token.getPrincipal() instanceof OidcUser user) {
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("issuer", String.valueOf(user.getIssuer()));
			this.audit.recordFor(actor(token.getName()), roles(token),
					AuditEntry.of("login.succeeded", "subject", user.getSubject()).withAfter(after));
		}
	}

	void signedOut(@Nullable Authentication authentication) {
		if (authentication instanceof OAuth2AuthenticationToken token
				&& token.getPrincipal() instanceof OidcUser user) {
			this.audit.recordFor(actor(token.getName()), roles(token),
					AuditEntry.of("logout", "subject", user.getSubject()));
		}
	}

	/** A sign-in that Keycloak or the console refused. */
	void signInRefused(Exception failure) {
		if (failure instanceof RefusedIdentity refused) {
			this.audit.recordFor(actor(refused.username()), null,
					AuditEntry.of("login.refused", "subject", refused.subject()).withReason(refused.reason()));
			return;
		}
		String code = (failure instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode()
				: "sign_in_failed";
		this.audit.recordFor("unknown", null,
				AuditEntry.of("login.failed", "identity-provider", "keycloak").withReason("Sign-in failed: " + code));
	}

	/** A bearer token the API refused, with what it claims (not verified). */
	void tokenRefused(@Nullable String token, String reason) {
		Claimed claimed = Claimed.from(token);
		Map<String, Object> details = new LinkedHashMap<>();
		if (claimed.issuer() != null) {
			details.put("claimedIssuer", claimed.issuer());
		}
		this.audit.recordFor(actor((claimed.username() != null) ? claimed.username() : "unknown"), null,
				AuditEntry
					.of("api.token.refused", "subject", (claimed.subject() != null) ? claimed.subject() : "unknown")
					.withAfter(details.isEmpty() ? null : details)
					.withReason(reason));
	}

	private static String actor(String name) {
		return (name.length() > MAX_ACTOR) ? name.substring(0, MAX_ACTOR) : name;
	}

	private static @Nullable String roles(Authentication authentication) {
		String roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((a) -> a != null && a.startsWith("ROLE_"))
			.map((a) -> a.substring(5))
			.sorted()
			.collect(Collectors.joining(","));
		return roles.isEmpty() ? null : roles;
	}

	/** What an unverified token says about itself; nothing when it cannot be read. */
	private record Claimed(@Nullable String subject, @Nullable String issuer, @Nullable String username) {

		static Claimed from(@Nullable String token) {
			if (token == null || token.isBlank()) {
				return new Claimed(null, null, null);
			}
			try {
				JWTClaimsSet claims = JWTParser.parse(token).getJWTClaimsSet();
				return new Claimed(limit(claims.getSubject()), limit(claims.getIssuer()),
						limit(claims.getClaim("preferred_username") instanceof String name ? name : null));
			}
			catch (ParseException | RuntimeException ex) {
				return new Claimed(null, null, null);
			}
		}

		private static @Nullable String limit(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : (value.length() > 100) ? value.substring(0, 100) : value;
		}

	}

}
