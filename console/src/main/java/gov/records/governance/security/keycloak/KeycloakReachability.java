package gov.records.governance.security.keycloak;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the browser is sent to Keycloak's login page, checks that Keycloak answers; when
 * it does not, the user sees {@link SignInProblemView} ("sign-in is unavailable") instead
 * of the browser's connection error. Every sign-in asks again: a remembered good answer
 * sent browsers to a Keycloak that had stopped meanwhile (they met a refused connection
 * instead of this page). Only a bad answer is remembered, for a second, so that many
 * browsers arriving while Keycloak is down do not each wait for the probe's time-out; the
 * first sign-in after Keycloak is back goes through.
 */
final class KeycloakReachability extends OncePerRequestFilter {

	static final String AUTHORIZATION_PATH = "/oauth2/authorization/";

	private static final Logger log = LoggerFactory.getLogger(KeycloakReachability.class);

	private static final Duration REMEMBER_DOWN = Duration.ofSeconds(1);

	private final URI probe;

	private final Duration timeout;

	private final HttpClient http;

	private final Clock clock = Clock.systemUTC();

	private volatile Instant downUntil = Instant.MIN;

	KeycloakReachability(String issuer, Duration timeout) {
		this.probe = URI.create(issuer + "/.well-known/openid-configuration");
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + AUTHORIZATION_PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (reachable()) {
			chain.doFilter(request, response);
			return;
		}
		response.sendRedirect(
				request.getContextPath() + "/" + SignInProblemView.ROUTE + "?reason=" + SignInProblemView.UNAVAILABLE);
	}

	boolean reachable() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.downUntil)) {
			return false;
		}
		try {
			HttpResponse<Void> answer = this.http.send(
					HttpRequest.newBuilder(this.probe).timeout(this.timeout).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			if (answer.statusCode() == 200) {
				return true;
			}
			log.warn("Keycloak answered {} at {}: sign-in is unavailable", answer.statusCode(), this.probe);
		}
		catch (IOException ex) {
			log.warn("Keycloak cannot be reached at {}: sign-in is unavailable ({})", this.probe, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.downUntil = this.clock.instant().plus(REMEMBER_DOWN);
		return false;
	}

}
