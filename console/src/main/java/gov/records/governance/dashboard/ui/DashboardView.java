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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import gov.records.governance.base.ui.AsOf;
import gov.records.governance.base.ui.Formats;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

	private final DashboardService dashboard;

	private final CurrentUser user;

	private final PdfReportRenderer renderer;

	DashboardView(DashboardService dashboard, CurrentUser user, PdfReportRenderer renderer) {
		this.dashboard = dashboard;
		this.user = user;
		this.renderer = renderer;
	}

	/**
	 * {@code ?asOf=2026-11-01} shows the figures as they stood at the end of that day
	 * (UTC), every link opening its list as of the same day (DD080); a value that is not
	 * a past date is named in the banner and the present shown.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		add(new gov.records.governance.base.ui.ViewHeader("Dashboard",
				"Records compliance of your organizations' messaging: every number opens the list behind it."));
		Span banner = AsOf.banner();
		add(banner);
		LocalDate day = AsOf.read(event.getLocation().getQueryParameters().getParameters(), banner,
				"the figures as they stood", "The figures of now are shown.");
		show((day == null) ? this.dashboard.figures() : this.dashboard.figuresAsOf(day), this.user, this.renderer);
	}

	private void show(DashboardFigures figures, CurrentUser user, PdfReportRenderer renderer) {
		LocalDate day = figures.day();
		List<String> notKnown = new ArrayList<>();
		if (!figures.findingsKnown()) {
			notKnown.add(ScorecardPanel.notKept("findings", figures.findingsFrom()));
		}
		if (!figures.settingsKnown()) {
			notKnown.add(ScorecardPanel.notKept("deletion settings", figures.settingsFrom()));
		}
		if (!notKnown.isEmpty()) {
			// once for the page: the figures that depend on it read "not known" (DD080)
			Span history = new Span(
					String.join(". ", notKnown) + ". The figures that depend on them read \"not known\".");
			history.setId("history-note");
			history.getElement().setAttribute("role", "note");
			history.addClassNames(LumoUtility.TextColor.SECONDARY);
			add(history);
		}
		Span asOf = new Span("As of " + Formats.time(figures.asOf(), ""));
		asOf.setId("as-of");
		asOf.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Div when = new Div(asOf);
		when.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
				LumoUtility.AlignItems.BASELINE);
		if (user.roles().contains(AppRoles.CIO)) {
			when.add(briefing(figures, renderer));
		}
		when.add(datePicker(day));
		add(when);
		Div top = row();
		top.add(new ScorecardPanel(figures.total(), "total", figures));
		top.add(workPanel(figures, user));
		if (user.roles().contains(AppRoles.PLATFORM_ADMIN)) {
			if (day == null) {
				top.add(new QueuePanel(this.dashboard.queue(user.username(), 5)));
			}
			else {
				// the queue is today's work: what needed attention is known for the
				// present only
				Span queue = new Span("Your queue is the work to do now: clear the date to see it.");
				queue.setId("queue-now-only");
				queue.addClassNames(LumoUtility.TextColor.SECONDARY);
				top.add(queue);
			}
		}
		add(top);
		if (figures.components().size() > 1) {
			H3 by = new H3("By component");
			by.getStyle().set("margin", "0");
			add(by);
			Div cards = row();
			cards.setId("components");
			for (Scorecard card : figures.components()) {
				cards.add(new ScorecardPanel(card, "component-" + card.component().id(), figures));
			}
			add(cards);
		}
		add(new PlatformHealthPanel(figures.platforms(), day));
	}

	/**
	 * The day the dashboard is shown as of, in the address like the lists' filters: a
	 * picked day opens the dashboard as of it, a cleared one the present.
	 */
	private DatePicker datePicker(@Nullable LocalDate day) {
		DatePicker picker = Formats.datePicker(new DatePicker("As of (UTC)"));
		picker.setId("dashboard-as-of");
		picker.setMax(AsOf.today());
		picker.setClearButtonVisible(true);
		picker.setWidth("10rem");
		picker.setValue(day);
		picker.addValueChangeListener((e) -> {
			if (!e.isFromClient()) {
				return;
			}
			LocalDate picked = e.getValue();
			QueryParameters query = (picked == null || picked.isAfter(AsOf.today())) ? QueryParameters.empty()
					: QueryParameters.of(AsOf.PARAMETER, picked.toString());
			getUI().ifPresent((ui) -> ui.navigate(DashboardView.class, query));
		});
		return picker;
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
		LocalDate day = figures.day();
		if (readsApprovals) {
			panel.add(work("Changes waiting for approval",
					Drilldowns.link(pending, ApprovalListView.class, QueryParameters.empty(), day),
					"pending-approvals"));
		}
		else {
			Span text = new Span(pending);
			panel.add(work("Changes waiting for approval", text, "pending-approvals"));
		}
		panel.add(work("Active legal holds", Drilldowns.link(Formats.number(figures.activeHolds()), HoldListView.class,
				QueryParameters.empty(), day), "active-holds"));
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
