package gov.records.governance.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Security for {@code /api/**}: stateless, HTTP Basic with the same users and roles as
 * the console (outside {@code prod} only), bearer tokens with the Keycloak profile
 * ({@link ApiBearerTokens}), no CSRF (no cookies), 401 instead of a login page. The
 * Merkle log's checkpoint and proofs are public: they reveal only hashes and are meant
 * for anyone to verify. Roles and organization scopes are enforced again by the services.
 */
@Configuration
class ApiSecurityConfig {

	/**
	 * Answers 401 directly (with a JSON body and the Basic challenge) instead of sending
	 * an error, which would dispatch to {@code /error} under the console's chain and
	 * redirect to its login page.
	 */
	private static final AuthenticationEntryPoint UNAUTHORIZED = (request, response, ex) -> {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader("WWW-Authenticate", "Basic realm=\"Records Governance Console\"");
		response.setContentType("application/json");
		response.getWriter().write("{\"error\":\"Authentication required\"}");
	};

	@Bean
	@Order(10)
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<ApiBearerTokens> bearerTokens,
			Environment environment) throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs/**")
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers("/api/log/checkpoint", "/api/log/verifier-key", "/api/log/proofs/**",
						"/v3/api-docs/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(UNAUTHORIZED));
		if (!environment.matchesProfiles("prod")) {
			http.httpBasic((basic) -> basic.authenticationEntryPoint(UNAUTHORIZED));
		}
		for (ApiBearerTokens tokens : bearerTokens) {
			tokens.configure(http);
		}
		return http.build();
	}

}
