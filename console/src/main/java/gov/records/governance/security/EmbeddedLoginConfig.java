package gov.records.governance.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The embedded demo users, never active in prod: the login page of the default profile,
 * and HTTP Basic on the API (with the keycloak profile too, beside bearer tokens, so the
 * demo's capture bot keeps reporting). Passwords are checked behind the sign-in throttle
 * and the cache of verified credentials ({@link ThrottledAuthenticationProvider}); the
 * users are not a bean of their own, so this provider is the only way in.
 */
@Configuration
@Profile("!prod")
class EmbeddedLoginConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationProvider demoLogin(DemoUsersProperties properties, PasswordEncoder encoder, LoginThrottle throttle,
			VerifiedCredentials verified) {
		String hash = encoder.encode(properties.password());
		List<UserDetails> users = properties.users()
			.stream()
			.map((user) -> User.withUsername(user.username()).password(hash).roles(user.role()).build())
			.toList();
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(users));
		passwords.setPasswordEncoder(encoder);
		return new ThrottledAuthenticationProvider(passwords, throttle, verified);
	}

}
