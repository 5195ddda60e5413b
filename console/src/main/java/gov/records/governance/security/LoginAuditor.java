package gov.records.governance.security;

import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Puts every interactive login and every failed login (console or API) in the audit log,
 * never the password. API calls authenticate on every request; only their failures are
 * worth an event. Password logins only: sign-ins and tokens of the identity provider are
 * recorded, with its subject, by the keycloak profile's own auditor (never the token).
 */
@Component
class LoginAuditor {

	private final AuditService audit;

	LoginAuditor(AuditService audit) {
		this.audit = audit;
	}

	@EventListener
	void succeeded(InteractiveAuthenticationSuccessEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String roles = event.getAuthentication()
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((a) -> a != null && a.startsWith("ROLE_"))
			.map((a) -> a.substring(5))
			.sorted()
			.collect(Collectors.joining(","));
		this.audit.recordFor(event.getAuthentication().getName(), roles.isEmpty() ? null : roles,
				AuditEntry.of("login.succeeded", "user", event.getAuthentication().getName()));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String name = String.valueOf(event.getAuthentication().getName());
		String user = name.length() > 100 ? name.substring(0, 100) : name;
		this.audit.recordFor(user, null, AuditEntry.of("login.failed", "user", user)
			.withReason(event.getException().getClass().getSimpleName()));
	}

}
