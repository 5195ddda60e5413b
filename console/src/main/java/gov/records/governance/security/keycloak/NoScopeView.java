package gov.records.governance.security.keycloak;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What a signed-in user with no organization sees instead of any view: that the console
 * shows them nothing, and whom to ask. No menu, no data.
 */
@Route(value = NoScopeView.ROUTE, autoLayout = false)
@PageTitle("No organization | Records Governance Console")
@PermitAll
public class NoScopeView extends VerticalLayout {

	static final String ROUTE = "no-organization";

	public NoScopeView(CurrentUser user, ObjectProvider<KeycloakProperties> settings) {
		KeycloakProperties keycloak = settings.getIfAvailable();
		String contact = (keycloak != null) ? keycloak.accessContact() : "your department's identity administrator";
		setId("no-organization");
		setSizeFull();
		setAlignItems(FlexComponent.Alignment.CENTER);
		setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
		Button signOut = new Button("Sign out", (click) -> user.logout());
		signOut.setId("sign-out");
		add(new H1("Your account is not assigned to an organization"),
				new Paragraph("You are signed in as " + user.username()
						+ ", but your account is not assigned to any organization of the department, so the console "
						+ "shows you no data. Ask " + contact + " to set the organization of your account in "
						+ "Keycloak (the \"organization\" attribute), or a console administrator to bind your "
						+ "account to your organization."),
				signOut);
	}

}
