package gov.records.governance;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the Records Governance Console. */
// No fallback user (Spring Boot's "user" with a generated password) in any profile: the
// embedded demo logins or the identity provider are the only ways in.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class ConsoleApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(ConsoleApplication.class, args);
	}

}
