package gov.records.governance.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people sign in to the console, chosen by profile: the embedded login page by
 * default, Keycloak (OIDC) with the {@code keycloak} profile. {@link SecurityConfig}
 * applies exactly one.
 */
public interface SignIn {

	void configure(HttpSecurity http) throws Exception;

}
