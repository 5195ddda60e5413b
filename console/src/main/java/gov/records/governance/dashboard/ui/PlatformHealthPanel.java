package gov.records.governance.dashboard.ui;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import gov.records.governance.backends.PlatformHealth;
import gov.records.governance.backends.SyncStatus;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.compliance.FindingFilter;
import gov.records.governance.compliance.rules.DriftRule;
import gov.records.governance.dashboard.PlatformFigures;
import gov.records.governance.groups.GroupFilter;
import java.util.List;

/**
 * Each platform's health and last good sync, with the user's groups on it and their open
 * drift, each count a link to its list.
 */
class PlatformHealthPanel extends Composite<Div> {

	/**
	 * @param day the past day the counts stand as of, null for the present; health and
	 * the last good sync are kept for the present only and are said to be now's (DD080)
	 */
	PlatformHealthPanel(List<PlatformFigures> platforms, @Nullable LocalDate day) {
		Div content = getContent();
		content.setId("platform-health");
		content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
		H3 heading = new H3("Platforms");
		heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
		content.add(heading);
		if (day != null) {
			Span now = new Span("Health and the last good sync are kept for the present only: they are shown as "
					+ "they are now. Groups and drift are as of " + day + ".");
			now.setId("platform-health-now");
			now.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
			content.add(now);
		}
		for (PlatformFigures p : platforms) {
			content.add(line(p, day));
		}
	}

	private static Div line(PlatformFigures p, @Nullable LocalDate day) {
		PlatformHealth h = p.health();
		long id = h.platform().id();
		Span name = new Span(h.platform().name() + (h.platform().sanctioned() ? "" : " (unsanctioned)"));
		name.getStyle().set("flex", "1 1 14rem").set("font-weight", "600");
		Span status = new Span(((day == null) ? "" : "Now: ") + h.status().label());
		status.getElement().getThemeList().add(switch (h.status()) {
			case OK -> "badge success";
			case DEGRADED -> "badge";
			case STALE, NEVER -> "badge error";
			case NOT_CONNECTED -> "badge contrast";
		});
		Span lastGood = new Span((h.status() == SyncStatus.NOT_CONNECTED) ? "not synced (no backend connection)"
				: "last good sync " + Formats.time(h.lastSuccessAt(), "never"));
		lastGood.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Div line = new Div(name, status, lastGood,
				Drilldowns.groups(Formats.number(p.groupsInScope()) + " groups", GroupFilter.none().withPlatform(id),
						day),
				Drilldowns.findings(Formats.number(p.driftInScope()) + " drifted",
						FindingFilter.open().withPlatform(id).withRule(DriftRule.INFO.id()), day));
		line.setId("platform-" + id);
		line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
				LumoUtility.AlignItems.BASELINE, LumoUtility.Padding.Vertical.XSMALL, LumoUtility.Border.BOTTOM,
				LumoUtility.BorderColor.CONTRAST_10);
		return line;
	}

}
