package gov.records.governance.security.keycloak;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Why a sign-in through Keycloak did not succeed, in plain words: Keycloak cannot be
 * reached, the account has no role in the console, or the sign-in failed. Shows no data.
 */
@Route(value = SignInProblemView.ROUTE, autoLayout = false)
@PageTitle("Sign-in problem | Records Governance Console")
@AnonymousAllowed
public class SignInProblemView extends VerticalLayout implements BeforeEnterObserver {

	static final String ROUTE = "sign-in-problem";

	static final String UNAVAILABLE = "unavailable";

	static final String NO_ROLE = "no-role";

	static final String FAILED = "failed";

	private final H1 title = new H1();

	private final Paragraph explanation = new Paragraph();

	private final String contact;

	public SignInProblemView(ObjectProvider<KeycloakProperties> settings) {
		KeycloakProperties keycloak = settings.getIfAvailable();
		this.contact = (keycloak != null) ? keycloak.accessContact() : "your department's identity administrator";
		setId("sign-in-problem");
		setSizeFull();
		setAlignItems(FlexComponent.Alignment.CENTER);
		setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
		this.explanation.setId("sign-in-problem-reason");
		add(this.title, this.explanation, new Anchor("/", "Try signing in again"));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String reason = event.getLocation().getQueryParameters().getSingleParameter("reason").orElse(FAILED);
		switch (reason) {
			case UNAVAILABLE -> show("Sign-in is unavailable",
					"The identity provider (Keycloak) cannot be reached, so nobody can sign in right now. "
							+ "Try again in a few minutes; if it lasts, tell " + this.contact + ".");
			case NO_ROLE -> show("Your account has no role in the console",
					"You signed in, but your account holds none of the console's roles (CIO, platform "
							+ "administrator, records officer, inspector). Ask " + this.contact
							+ " to give your account the role you need.");
			default -> show("Sign-in did not succeed",
					"The identity provider did not confirm your sign-in. Try again; if it keeps failing, tell "
							+ this.contact + ".");
		}
	}

	private void show(String heading, String text) {
		this.title.setText(heading);
		this.explanation.setText(text);
	}

}
