package gov.records.governance.security.keycloak;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A valid Keycloak identity the console refuses: no console role, or (API) no
 * organization scope. Carries the subject for the audit log and a reason fit to show.
 */
final class RefusedIdentity extends OAuth2AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final String subject;

	private final String username;

	private final HttpStatus status;

	private RefusedIdentity(String code, String reason, String subject, String username, HttpStatus status) {
		super(new OAuth2Error(code, reason, null), reason);
		this.subject = subject;
		this.username = username;
		this.status = status;
	}

	static RefusedIdentity noRole(String subject, String username) {
		return new RefusedIdentity("no_console_role", "The account has no role in the console", subject, username,
				HttpStatus.FORBIDDEN);
	}

	static RefusedIdentity noScope(String subject, String username) {
		return new RefusedIdentity("no_organization_scope", "The account is not assigned to any organization", subject,
				username, HttpStatus.FORBIDDEN);
	}

	String subject() {
		return this.subject;
	}

	String username() {
		return this.username;
	}

	HttpStatus status() {
		return this.status;
	}

	String reason() {
		return getError().getDescription();
	}

}
