package gov.records.governance.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The console's security filter chain: Vaadin's configurer (views are denied unless
 * annotated), the profile's {@link SignIn} (form login at {@link LoginView}, or
 * Keycloak), and method security so that services enforce roles again with
 * {@code @PreAuthorize}. JSR-250 method security stays off: only views carry
 * {@code @RolesAllowed}, Vaadin's navigation access control reads it there, and with it
 * on every view was a proxy built again on each navigation (DD083).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	SecurityFilterChain consoleSecurity(HttpSecurity http, SignIn signIn) throws Exception {
		signIn.configure(http);
		return http.build();
	}

}
