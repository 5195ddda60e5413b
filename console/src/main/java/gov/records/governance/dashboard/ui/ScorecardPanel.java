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
import gov.records.governance.dashboard.Scorecard;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupFilter.Attention;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * One component's scorecard: each figure a link to the list it counts, a figure that
 * needs action in red, and the 90-day trend of open critical and high findings.
 */
class ScorecardPanel extends Composite<Div> {

	ScorecardPanel(Scorecard card, String idPrefix) {
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
		content.add(figure("Compliant groups",
				Drilldowns.groups(card.compliancePercent() + "%", groups.withAttention(Attention.NON_COMPLIANT)),
				card.nonCompliant() > 0, idPrefix + "-compliance",
				Formats.number(card.nonCompliant()) + " of " + Formats.number(card.groups()) + " not compliant"));
		content.add(figure("Critical findings",
				Drilldowns.findings(Formats.number(card.critical()), open.withSeverity(Severity.CRITICAL)),
				card.critical() > 0, idPrefix + "-critical", null));
		content.add(figure("High findings",
				Drilldowns.findings(Formats.number(card.high()), open.withSeverity(Severity.HIGH)), card.high() > 0,
				idPrefix + "-high", null));
		content.add(
				figure("Auto-deleting without capture",
						Drilldowns.groups(Formats.number(card.autoDeleteWithoutCapture()),
								groups.withAutoDelete(true).withCapture(false)),
						false, idPrefix + "-no-capture", null));
		content.add(figure("Drifted groups",
				Drilldowns.findings(Formats.number(card.drifted()), open.withRule(DriftRule.INFO.id())),
				card.drifted() > 0, idPrefix + "-drift", null));
		content.add(figure("Accounts on unsanctioned apps",
				Drilldowns.findings(Formats.number(card.unsanctionedAccounts()),
						open.withRule(UnsanctionedPlatformRule.INFO.id())),
				card.unsanctionedAccounts() > 0, idPrefix + "-unsanctioned", null));
		content.add(figure("Capture coverage", Drilldowns.groups(card.capturePercent() + "%", groups.withCapture(true)),
				false, idPrefix + "-capture", Formats.number(card.captured()) + " groups capture for records"));
		long first = card.trend().isEmpty() ? 0 : card.trend().getFirst();
		long last = card.trend().isEmpty() ? 0 : card.trend().getLast();
		Span ends = new Span(Formats.number(first) + " 90 days ago → " + Formats.number(last) + " today");
		ends.setId(idPrefix + "-trend");
		Div trend = new Div(new Span("Open critical and high findings, last 90 days"),
				Sparkline.of(card.trend(), "Open critical and high findings in " + card.component().name()), ends);
		trend.addClassNames("scorecard-trend", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		content.add(trend);
	}

	private static Div figure(String label, RouterLink value, boolean red, String id,
			@org.jspecify.annotations.Nullable String note) {
		value.setId(id);
		value.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
		if (red) {
			value.addClassNames("needs-action", LumoUtility.TextColor.ERROR);
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
