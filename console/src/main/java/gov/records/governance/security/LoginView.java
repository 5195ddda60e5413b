package gov.records.governance.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The embedded login page. A failed login comes back with {@code ?error} and says so
 * plainly.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Records Governance Console")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

	private final LoginForm login = new LoginForm();

	public LoginView() {
		setSizeFull();
		setAlignItems(FlexComponent.Alignment.CENTER);
		setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle("Sign in");
		i18n.getErrorMessage().setTitle("Incorrect username or password");
		i18n.getErrorMessage().setMessage("Check the username and password and try again.");
		this.login.setI18n(i18n);
		this.login.setAction("login");
		this.login.setForgotPasswordButtonVisible(false);
		add(new H1("Records Governance Console"),
				new Paragraph("Deletion settings, records schedules and evidence for government messaging."),
				this.login);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
			this.login.setError(true);
		}
	}

}
