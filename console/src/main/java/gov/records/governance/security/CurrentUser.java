package gov.records.governance.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import gov.records.governance.access.AccessService;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The logged-in user as the views need it: name, roles, and logging out. */
@Component
public class CurrentUser {

	private final AuthenticationContext authentication;

	private final AccessService access;

	CurrentUser(AuthenticationContext authentication, AccessService access) {
		this.authentication = authentication;
		this.access = access;
	}

	public String username() {
		return this.authentication.getPrincipalName().orElse("");
	}

	public Set<String> roles() {
		return this.access.currentRoles();
	}

	public void logout() {
		this.authentication.logout();
	}

}
