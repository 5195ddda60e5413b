package gov.records.governance.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.compliance.FindingFilter;
import gov.records.governance.compliance.rules.DriftRule;
import gov.records.governance.compliance.Severity;
import gov.records.governance.compliance.rules.UnsanctionedPlatformRule;
import gov.records.governance.dashboard.DashboardFigures;
import gov.records.governance.dashboard.Scorecard;
import java.time.Instant;
import java.util.List;
import java.time.ZoneOffset;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupFilter.Attention;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One component's scorecard: each figure a link to the list it counts, a figure that
 * needs action in red, and the 90-day trend of open critical and high findings.
 */
class ScorecardPanel extends Composite<Div> {

	/**
	 * @param figures the figures the card is one of: as of a past day every link opens
	 * its list as of the same day, and a figure the history cannot give for that day says
	 * so instead of a number (DD080)
	 */
	ScorecardPanel(Scorecard card, String idPrefix, DashboardFigures figures) {
		@Nullable LocalDate day = figures.day();
		@Nullable String findings = figures.findingsKnown() ? null : notKept("findings", figures.findingsFrom());
		@Nullable String settings = figures.settingsKnown() ? null : notKept("deletion settings", figures.settingsFrom());
		Long org = card.component().id();
		GroupFilter groups = GroupFilter.none().withOrganization(org);
		FindingFilter open = FindingFilter.open().withOrganization(org);
		Div content = getContent();
		content.setId(idPrefix);
		content.addClassNames("scorecard", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.SMALL, LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL,
				LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.LARGE);
		content.getStyle().set("flex", "1 1 17rem").set("max-width", "24rem");
		H3 heading = new H3(card.component().name());
		heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
		content.add(heading);
		String notCompliant = Formats.number(card.nonCompliant()) + " of " + Formats.number(card.groups())
				+ " not compliant";
		// which groups needed attention is listed for the present only (DD066): as of a
		// day
		// the link opens that day's groups, and the findings behind the figure are the
		// Critical and High links
		content.add(figure("Compliant groups",
				(day == null)
						? Drilldowns.groups(card.compliancePercent() + "%",
								groups.withAttention(Attention.NON_COMPLIANT), null)
						: Drilldowns.groups(card.compliancePercent() + "%", groups, day),
				card.nonCompliant() > 0, idPrefix + "-compliance",
				(day == null) ? notCompliant
						: notCompliant + " then (an open critical or high finding: see those links below)",
				(findings != null) ? findings : settings));
		content.add(figure("Critical findings",
				Drilldowns.findings(Formats.number(card.critical()), open.withSeverity(Severity.CRITICAL), day),
				card.critical() > 0, idPrefix + "-critical", null, findings));
		content.add(figure("High findings",
				Drilldowns.findings(Formats.number(card.high()), open.withSeverity(Severity.HIGH), day),
				card.high() > 0, idPrefix + "-high", null, findings));
		content.add(figure("Auto-deleting without capture",
				Drilldowns.groups(Formats.number(card.autoDeleteWithoutCapture()),
						groups.withAutoDelete(true).withCapture(false), day),
				false, idPrefix + "-no-capture", null, settings));
		content.add(figure("Drifted groups",
				Drilldowns.findings(Formats.number(card.drifted()), open.withRule(DriftRule.INFO.id()), day),
				card.drifted() > 0, idPrefix + "-drift", null, findings));
		content.add(figure("Accounts on unsanctioned apps",
				Drilldowns.findings(Formats.number(card.unsanctionedAccounts()),
						open.withRule(UnsanctionedPlatformRule.INFO.id()), day),
				card.unsanctionedAccounts() > 0, idPrefix + "-unsanctioned", null, findings));
		content.add(figure("Capture coverage",
				Drilldowns.groups(card.capturePercent() + "%", groups.withCapture(true), day), false,
				idPrefix + "-capture", Formats.number(card.captured()) + " groups capture for records", settings));
		long first = card.trend().isEmpty() ? 0 : card.trend().getFirst();
		long last = card.trend().isEmpty() ? 0 : card.trend().getLast();
		Span ends = new Span(
				(findings != null) ? findings : Formats.number(first) + " 90 days " + ((day == null) ? "ago" : "before")
						+ " → " + Formats.number(last) + ((day == null) ? " today" : " on " + day));
		ends.setId(idPrefix + "-trend");
		Div trend = new Div(
				new Span("Open critical and high findings, " + ((day == null) ? "last 90 days" : "90 days to " + day)));
		// no line where the findings are not known: a flat zero would say there were none
		if (findings == null) {
			trend.add(Sparkline.of(card.trend(), "Open critical and high findings in " + card.component().name(), day));
		}
		trend.add(ends);
		trend.addClassNames("scorecard-trend", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		content.add(trend);
	}

	/** Why a figure of a past day cannot be known, with the earliest day it can be. */
	static String notKept(String what, @Nullable Instant from) {
		return (from == null) ? "Not known: the console holds no " + what + " yet"
				: "Not known: " + what + " are kept from " + LocalDate.ofInstant(from, ZoneOffset.UTC) + " on";
	}

	/**
	 * @param unknown why the figure cannot be known, shown instead of the number; null
	 * when it is known
	 */
	private static Div figure(String label, RouterLink link, boolean red, String id,
			@org.jspecify.annotations.Nullable String note, @Nullable String unknown) {
		com.vaadin.flow.component.Component value = (unknown != null) ? new Span("not known") : link;
		value.setId(id);
		if (unknown != null) {
			// the reason once above the scorecards (DashboardView) and here on hover; the
			// figure's note would describe a number that is not there
			value.getElement().getClassList().addAll(List.of("not-known", LumoUtility.TextColor.SECONDARY));
			value.getElement().setAttribute("title", unknown);
			note = null;
		}
		else {
			value.getElement()
				.getClassList()
				.addAll(List.of(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD));
		}
		if (red && unknown == null) {
			value.getElement().getClassList().addAll(List.of("needs-action", LumoUtility.TextColor.ERROR));
		}
		Span name = new Span(label);
		name.addClassName("figure-label");
		name.getStyle().set("flex", "1");
		Div figure = new Div(name, value);
		figure.addClassNames("figure", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
				LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.SMALL);
		if (note != null) {
			Span detail = new Span(note);
			detail.addClassNames("figure-note", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY,
					LumoUtility.Width.FULL);
			figure.add(detail);
		}
		return figure;
	}

}
