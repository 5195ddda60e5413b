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
 * Keycloak), and method security so that services enforce roles again.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

	@Bean
	SecurityFilterChain consoleSecurity(HttpSecurity http, SignIn signIn) throws Exception {
		signIn.configure(http);
		return http.build();
	}

}
