package gov.records.governance.security.keycloak;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A sign-in through Keycloak that did not succeed: recorded, then the user sees the
 * {@link SignInProblemView} that says why and whom to ask.
 */
final class SignInFailures implements AuthenticationFailureHandler {

	private final IdentityAudit audit;

	SignInFailures(IdentityAudit audit) {
		this.audit = audit;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		this.audit.signInRefused(failure);
		String reason = (failure instanceof RefusedIdentity) ? SignInProblemView.NO_ROLE : SignInProblemView.FAILED;
		response.sendRedirect(request.getContextPath() + "/" + SignInProblemView.ROUTE + "?reason=" + reason);
	}

}
