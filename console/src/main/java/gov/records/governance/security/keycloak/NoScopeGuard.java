package gov.records.governance.security.keycloak;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import gov.records.governance.access.AccessService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * Sends a Keycloak user with no organization (none in the token, none bound in the
 * console) to {@link NoScopeView} whatever view they open, so they see no data.
 */
final class NoScopeGuard implements VaadinServiceInitListener {

	private static final long serialVersionUID = 1L;

	private final transient AccessService access;

	NoScopeGuard(AccessService access) {
		this.access = access;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((ui) -> ui.getUI().addBeforeEnterListener(this::check));
	}

	private void check(BeforeEnterEvent event) {
		Class<?> target = event.getNavigationTarget();
		if (target == NoScopeView.class || target == SignInProblemView.class) {
			return;
		}
		if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken
				&& this.access.currentGrant().isEmpty()) {
			event.rerouteTo(NoScopeView.class);
		}
	}

}
