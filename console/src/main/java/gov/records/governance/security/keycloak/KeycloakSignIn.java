package gov.records.governance.security.keycloak;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import gov.records.governance.security.SignIn;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;

/**
 * Sign-in through Keycloak: authorization code with PKCE, roles and scope from the access
 * token ({@link KeycloakUserService}), refusals to {@link SignInProblemView}, and logout
 * that ends the Keycloak session too (RP-initiated logout back to the console).
 */
final class KeycloakSignIn implements SignIn {

	static final String LOGIN_PAGE = KeycloakReachability.AUTHORIZATION_PATH + KeycloakConfig.REGISTRATION_ID;

	private final KeycloakUserService users;

	private final SignInFailures failures;

	private final KeycloakReachability reachability;

	private final IdentityAudit audit;

	KeycloakSignIn(KeycloakUserService users, SignInFailures failures, KeycloakReachability reachability,
			IdentityAudit audit) {
		this.users = users;
		this.failures = failures;
		this.reachability = reachability;
		this.audit = audit;
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		http.oauth2Login((login) -> login.userInfoEndpoint((info) -> info.oidcUserService(this.users))
			.failureHandler(this.failures));
		http.addFilterBefore(this.reachability, OAuth2AuthorizationRequestRedirectFilter.class);
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}/")
			.addLogoutHandler((request, response, authentication) -> this.audit.signedOut(authentication)));
	}

}
