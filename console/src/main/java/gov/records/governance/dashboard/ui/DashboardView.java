package gov.records.governance.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.dashboard.DashboardFigures;
import gov.records.governance.dashboard.DashboardService;
import gov.records.governance.dashboard.Scorecard;
import gov.records.governance.holds.ui.HoldListView;
import gov.records.governance.reports.render.PdfReportRenderer;
import gov.records.governance.security.CurrentUser;
import gov.records.governance.settings.ui.ApprovalListView;
import jakarta.annotation.security.RolesAllowed;

/**
 * The deployment at a glance for the user's scope (issue 14, build 1): the scope's
 * scorecard and one per component, each figure a link to the filtered list behind it;
 * each platform's health; pending approvals and active holds; and the moment it was
 * counted. Everything is counted within the user's organization scope (DD058).
 */
@Route("")
@PageTitle("Dashboard | Records Governance Console")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class DashboardView extends VerticalLayout {

	DashboardView(DashboardService dashboard, CurrentUser user, PdfReportRenderer renderer) {
		DashboardFigures figures = dashboard.figures();
		add(new gov.records.governance.base.ui.ViewHeader("Dashboard",
				"Records compliance of your organizations' messaging: every number opens the list behind it."));
		Span asOf = new Span("As of " + Formats.time(figures.asOf(), ""));
		asOf.setId("as-of");
		asOf.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Div when = new Div(asOf);
		when.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
				LumoUtility.AlignItems.BASELINE);
		if (user.roles().contains(AppRoles.CIO)) {
			when.add(briefing(figures, renderer));
		}
		add(when);
		Div top = row();
		top.add(new ScorecardPanel(figures.total(), "total"));
		top.add(workPanel(figures, user));
		if (user.roles().contains(AppRoles.PLATFORM_ADMIN)) {
			top.add(new QueuePanel(dashboard.queue(user.username(), 5)));
		}
		add(top);
		if (figures.components().size() > 1) {
			H3 by = new H3("By component");
			by.getStyle().set("margin", "0");
			add(by);
			Div cards = row();
			cards.setId("components");
			for (Scorecard card : figures.components()) {
				cards.add(new ScorecardPanel(card, "component-" + card.component().id()));
			}
			add(cards);
		}
		add(new PlatformHealthPanel(figures.platforms()));
	}

	/**
	 * The same figures as a one-page PDF, built from the figures this page shows (not
	 * counted again), so the briefing and the page agree.
	 */
	private static Anchor briefing(DashboardFigures figures, PdfReportRenderer renderer) {
		String scope = figures.total().component().name();
		DownloadHandler pdf = (event) -> {
			event.setFileName("briefing-" + figures.asOf().atZone(java.time.ZoneOffset.UTC).toLocalDate() + ".pdf");
			event.setContentType("application/pdf");
			BriefingPdf.write(figures, scope, renderer, event.getOutputStream());
		};
		Anchor link = new Anchor(pdf, "Download this briefing (PDF, one page)");
		link.setId("briefing-pdf");
		link.getElement().setAttribute("download", true);
		return link;
	}

	private static Div workPanel(DashboardFigures figures, CurrentUser user) {
		Div panel = new Div();
		panel.setId("work");
		panel.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
				LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
				LumoUtility.BorderRadius.LARGE);
		panel.getStyle().set("flex", "1 1 14rem").set("max-width", "24rem");
		boolean readsApprovals = user.roles().contains(AppRoles.CIO) || user.roles().contains(AppRoles.RECORDS_OFFICER)
				|| user.roles().contains(AppRoles.INSPECTOR);
		String pending = Formats.number(figures.pendingApprovals());
		if (readsApprovals) {
			panel.add(work("Changes waiting for approval",
					Drilldowns.link(pending, ApprovalListView.class, QueryParameters.empty()), "pending-approvals"));
		}
		else {
			Span text = new Span(pending);
			panel.add(work("Changes waiting for approval", text, "pending-approvals"));
		}
		panel.add(work("Active legal holds",
				Drilldowns.link(Formats.number(figures.activeHolds()), HoldListView.class, QueryParameters.empty()),
				"active-holds"));
		return panel;
	}

	private static Div work(String label, com.vaadin.flow.component.Component value, String id) {
		value.setId(id);
		value.getElement().getClassList().add(LumoUtility.FontSize.XLARGE);
		value.getElement().getClassList().add(LumoUtility.FontWeight.SEMIBOLD);
		Span name = new Span(label);
		name.getStyle().set("flex", "1");
		Div line = new Div(name, value);
		line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.SMALL);
		return line;
	}

	private static Div row() {
		Div row = new Div();
		row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
				LumoUtility.Width.FULL, LumoUtility.AlignItems.START);
		return row;
	}

}
