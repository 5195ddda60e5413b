package gov.records.governance.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Bearer tokens on the REST API, when a profile provides them (the {@code keycloak}
 * profile: tokens from the same realm as the console's sign-in).
 */
public interface ApiBearerTokens {

	void configure(HttpSecurity http) throws Exception;

}
