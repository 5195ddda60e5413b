package gov.records.governance.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** The embedded login page ({@link LoginView}) with the demo users. */
@Component
@Profile("!keycloak")
class EmbeddedSignIn implements SignIn {

	@Override
	public void configure(HttpSecurity http) throws Exception {
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LoginView.class));
	}

}
