package gov.records.governance.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The embedded login with the demo users, for the default profile; never active in prod.
 */
@Configuration
@Profile("!prod & !keycloak")
class EmbeddedLoginConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService demoUsers(DemoUsersProperties properties, PasswordEncoder encoder) {
		String hash = encoder.encode(properties.password());
		List<UserDetails> users = properties.users()
			.stream()
			.map((user) -> User.withUsername(user.username()).password(hash).roles(user.role()).build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

}
