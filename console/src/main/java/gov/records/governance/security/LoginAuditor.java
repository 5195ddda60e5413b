package gov.records.governance.security;

import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Puts every interactive login and failed logins (console or API) in the audit log, never
 * the password, with the user name sanitised ({@link LoginNames}). API calls authenticate
 * on every request; only their failures are worth an event. Failures go through
 * {@link FailedLoginAudit}'s rate limit; refusals of a locked name or address are counted
 * by the throttle, whose lock event says how many. Password logins only: sign-ins and
 * tokens of the identity provider are recorded, with its subject, by the keycloak
 * profile's own auditor (never the token).
 */
@Component
class LoginAuditor {

	private final AuditService audit;

	private final FailedLoginAudit failures;

	LoginAuditor(AuditService audit, FailedLoginAudit failures) {
		this.audit = audit;
		this.failures = failures;
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
		String user = LoginNames.sanitise(event.getAuthentication().getName());
		this.audit.recordFor(user, roles.isEmpty() ? null : roles, AuditEntry.of("login.succeeded", "user", user));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		if (event.getException() instanceof ThrottledAuthenticationProvider.SignInLockedException) {
			return;
		}
		String user = LoginNames.sanitise(String.valueOf(event.getAuthentication().getName()));
		this.failures.failed(user, (event.getException() instanceof BadCredentialsException)
				? "wrong user name or password" : "sign-in refused");
	}

}
