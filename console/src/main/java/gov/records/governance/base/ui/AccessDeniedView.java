package gov.records.governance.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/** Shown when a signed-in user opens a view their role may not open. Shows no data. */
@PageTitle("Access denied")
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

	public AccessDeniedView() {
		setId("access-denied");
		add(new ViewHeader("Access denied", "Your role does not allow you to open this page."),
				new Anchor("", "Back to the dashboard"));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		return HttpStatusCode.FORBIDDEN.getCode();
	}

}
