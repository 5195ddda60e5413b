package gov.records.governance.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded demo logins: one per role plus a component-scoped administrator. Each user
 * is bound to the organization whose code is given (the demo data creates the bindings).
 * Outside the {@code prod} and {@code keycloak} profiles only.
 */
@ConfigurationProperties("governance.demo-users")
public record DemoUsersProperties(String password, List<DemoUser> users) {

	public DemoUsersProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	/** One demo login. */
	public record DemoUser(String username, String displayName, String role, String organizationCode) {
	}

}
