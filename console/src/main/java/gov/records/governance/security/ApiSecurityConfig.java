package gov.records.governance.security;

import gov.records.governance.access.AppRoles;
import gov.records.governance.problems.ApiProblems;
import gov.records.governance.problems.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

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
		response.setHeader("WWW-Authenticate", "Basic realm=\"Records Governance Console\"");
		ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, ApiProblems.Kind.UNAUTHORIZED,
				"Sign in with HTTP Basic (or a bearer token) to use the API.");
	};

	/** A request security refuses outright, as a problem like every other API refusal. */
	private static final AccessDeniedHandler FORBIDDEN = (request, response, ex) -> ProblemResponses.write(response,
			HttpStatus.FORBIDDEN, ApiProblems.Kind.FORBIDDEN, "Your role may not do this.");

	@Bean
	@Order(10)
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<ApiBearerTokens> bearerTokens,
			Environment environment) throws Exception {
		boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
		http.securityMatcher("/api/**", "/v3/api-docs/**")
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers("/api/log/checkpoint", "/api/log/verifier-key", "/api/log/verifier-keys",
						"/api/log/proofs/**")
				.permitAll()
				// The API description is public for the demo only (issue 12 item
				// 13).
				.requestMatchers("/v3/api-docs/**")
				.access(prod ? AuthenticatedAuthorizationManager.authenticated()
						: (a, c) -> new AuthorizationDecision(true))
				// The README's roles table, also at the door (issue 12 item 12):
				// approvals for
				// those who decide or oversee them, platforms (with their last
				// errors) for
				// the CIO and administrators, signature checks for the CIO and
				// inspectors.
				.requestMatchers(HttpMethod.GET, "/api/approvals")
				.hasAnyRole(AppRoles.CIO, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR)
				.requestMatchers(HttpMethod.GET, "/api/platforms")
				.hasAnyRole(AppRoles.CIO, AppRoles.PLATFORM_ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/reports/verify")
				.hasAnyRole(AppRoles.CIO, AppRoles.INSPECTOR)
				// a report's summary too: records officers follow their
				// disposition reports in the console, not here (DD045)
				.requestMatchers(HttpMethod.GET, "/api/reports/*")
				.hasAnyRole(AppRoles.CIO, AppRoles.INSPECTOR)
				.anyRequest()
				.authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(UNAUTHORIZED).accessDeniedHandler(FORBIDDEN));
		// HTTP Basic outside prod only; bearer tokens wherever the keycloak profile is on
		if (!prod) {
			http.httpBasic((basic) -> basic.authenticationEntryPoint(UNAUTHORIZED));
		}
		for (ApiBearerTokens tokens : bearerTokens) {
			tokens.configure(http);
		}
		return http.build();
	}

}
