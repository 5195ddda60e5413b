package gov.records.governance.security.keycloak;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a refused bearer token: 401 for a token that does not verify (expired, forged,
 * another realm, another audience, not an access token), 403 for a valid token whose user
 * has no console role or no organization. Each refusal is an audit event; the answer
 * names the reason in plain words and carries no data.
 */
final class BearerRefusals implements AuthenticationEntryPoint {

	private final IdentityAudit audit;

	BearerRefusals(IdentityAudit audit) {
		this.audit = audit;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		HttpStatus status;
		String reason;
		if (failure instanceof RefusedIdentity refused) {
			status = refused.status();
			reason = refused.reason();
		}
		else {
			status = HttpStatus.UNAUTHORIZED;
			reason = reasonFor(failure);
		}
		this.audit.tokenRefused(bearer(request), reason);
		response.setStatus(status.value());
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("{\"error\":\"The bearer token was refused: " + reason + "\"}");
	}

	/** A short reason from what the token validators said, never their message itself. */
	static String reasonFor(AuthenticationException failure) {
		String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
		if (message.contains("expired")) {
			return "it has expired";
		}
		if (message.contains("iss claim")) {
			return "it was issued by another realm";
		}
		if (message.contains("aud claim")) {
			return "it was issued for another audience";
		}
		if (message.contains("typ claim")) {
			return "it is not an access token";
		}
		if (message.contains("no matching key")) {
			return "it was signed by an unknown key (another realm?)";
		}
		if (message.contains("signature")) {
			return "its signature does not verify";
		}
		if (message.contains("retrieve") || message.contains("jwk set")) {
			return "the identity provider could not be reached to check it";
		}
		return "it is not a valid token";
	}

	private static @Nullable String bearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return header.substring(7).strip();
	}

}
