package gov.records.governance.security;

import gov.records.governance.access.AppRoles;
import gov.records.governance.problems.ApiProblems;
import gov.records.governance.problems.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /actuator} (DD055): the health endpoints (liveness, readiness) open to load
 * balancers and orchestrators, with details only for a signed-in role; Prometheus for the
 * CIO and platform administrators, or for a scraper presenting
 * {@code GOVERNANCE_METRICS_TOKEN} as its bearer token; nothing else without a role.
 * Stateless: HTTP Basic outside {@code prod}, the realm's bearer tokens with the
 * {@code keycloak} profile.
 */
@Configuration
class ActuatorSecurityConfig {

	static final String PROMETHEUS = "/actuator/prometheus";

	private static final AuthenticationEntryPoint UNAUTHORIZED = (request, response, ex) -> {
		response.setHeader("WWW-Authenticate", "Bearer");
		ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, ApiProblems.Kind.UNAUTHORIZED,
				"Sign in (or present the metrics token) to read this endpoint.");
	};

	/**
	 * A scrape with the metrics token: matched by the token itself, so that the realm's
	 * bearer-token filter (which would refuse it as a malformed JWT) never sees it.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain metricsTokenSecurity(HttpSecurity http, @Value("${governance.metrics.token:}") String token)
			throws Exception {
		MetricsToken metrics = new MetricsToken(token);
		http.securityMatcher((request) -> PROMETHEUS.equals(pathOf(request)) && metrics.presentedBy(request))
			.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(5)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, ObjectProvider<ApiBearerTokens> bearerTokens,
			Environment environment) throws Exception {
		http.securityMatcher("/actuator", "/actuator/**")
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers(PROMETHEUS)
				.hasAnyRole(AppRoles.CIO, AppRoles.PLATFORM_ADMIN)
				.anyRequest()
				.hasAnyRole(AppRoles.CIO, AppRoles.PLATFORM_ADMIN))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(UNAUTHORIZED)
				.accessDeniedHandler((request, response, denied) -> ProblemResponses.write(response,
						HttpStatus.FORBIDDEN, ApiProblems.Kind.FORBIDDEN, "Your role may not read this endpoint.")));
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			http.httpBasic((basic) -> basic.authenticationEntryPoint(UNAUTHORIZED));
		}
		for (ApiBearerTokens tokens : bearerTokens) {
			tokens.configure(http);
		}
		return http.build();
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
