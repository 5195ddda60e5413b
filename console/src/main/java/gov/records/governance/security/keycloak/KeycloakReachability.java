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
 * of the browser's connection error. A good answer is trusted for a few seconds.
 */
final class KeycloakReachability extends OncePerRequestFilter {

	static final String AUTHORIZATION_PATH = "/oauth2/authorization/";

	private static final Logger log = LoggerFactory.getLogger(KeycloakReachability.class);

	private static final Duration TRUST_UP = Duration.ofSeconds(10);

	private final URI probe;

	private final Duration timeout;

	private final HttpClient http;

	private final Clock clock = Clock.systemUTC();

	private volatile Instant upUntil = Instant.MIN;

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
		if (now.isBefore(this.upUntil)) {
			return true;
		}
		try {
			HttpResponse<Void> answer = this.http.send(
					HttpRequest.newBuilder(this.probe).timeout(this.timeout).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			if (answer.statusCode() == 200) {
				this.upUntil = now.plus(TRUST_UP);
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
		return false;
	}

}
