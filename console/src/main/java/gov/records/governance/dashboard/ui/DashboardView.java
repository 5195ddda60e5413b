package gov.records.governance.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.backends.PlatformHealth;
import gov.records.governance.backends.SyncStatus;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.compliance.FindingService;
import gov.records.governance.compliance.Severity;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupService;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.settings.OutboxService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deployment at a glance for the user's scope: platforms, groups, and auto-delete
 * coverage.
 */
@Route("")
@PageTitle("Dashboard | Records Governance Console")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class DashboardView extends VerticalLayout {

	private static final NumberFormat NUMBERS = NumberFormat.getIntegerInstance(Locale.US);

	DashboardView(GroupService groups, PlatformService platforms, FindingService findings,
			BackendStatusService backends, OutboxService outbox) {
		add(new ViewHeader("Dashboard", "Your organizations' messaging platforms and deletion settings at a glance."));
		List<PlatformSummary> all = platforms.list();
		long sanctioned = all.stream().filter(PlatformSummary::sanctioned).count();
		long total = groups.count(GroupFilter.none());
		long autoDelete = groups.count(GroupFilter.none().withAutoDelete(true));
		FlexLayout cards = new FlexLayout(
				card("Platforms", NUMBERS.format(all.size()),
						sanctioned + " sanctioned, " + (all.size() - sanctioned) + " unsanctioned"),
				card("Groups in your scope", NUMBERS.format(total), "across all platforms"),
				card("Groups with auto-delete on", NUMBERS.format(autoDelete),
						percent(autoDelete, total) + " of groups"));
		Map<Severity, Long> open = findings.openBySeverity();
		cards.add(card("Open critical findings", NUMBERS.format(open.get(Severity.CRITICAL)),
				NUMBERS.format(open.get(Severity.HIGH)) + " high, " + NUMBERS.format(open.get(Severity.MEDIUM))
						+ " medium"));
		List<PlatformHealth> connected = backends.platforms().stream().filter((h) -> h.platform().connected()).toList();
		long inSync = connected.stream().filter((h) -> h.status() == SyncStatus.OK).count();
		long drifted = connected.stream().mapToLong(PlatformHealth::openDrift).sum();
		long failedPushes = outbox.counts().getOrDefault("FAILED", 0L);
		cards.add(card("Backends in sync", inSync + " of " + connected.size(),
				NUMBERS.format(drifted) + " drifted groups, " + NUMBERS.format(failedPushes) + " failed pushes"));
		cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		cards.getStyle().set("gap", "var(--lumo-space-m)");
		add(cards);
	}

	private static Div card(String title, String figure, String note) {
		Span value = new Span(figure);
		value.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600");
		Span detail = new Span(note);
		detail.getStyle().set("color", "var(--lumo-secondary-text-color)");
		H3 heading = new H3(title);
		heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-m)");
		Div card = new Div(heading, value, detail);
		card.addClassName("dashboard-card");
		card.getStyle()
			.set("display", "flex")
			.set("flex-direction", "column")
			.set("padding", "var(--lumo-space-m)")
			.set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("min-width", "14rem");
		return card;
	}

	private static String percent(long part, long whole) {
		return (whole == 0) ? "0%" : Math.round(100.0 * part / whole) + "%";
	}

}
