package gov.records.governance.compliance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.compliance.FindingDetails;
import gov.records.governance.compliance.FindingRow;

import java.util.List;

/**
 * A group's open findings on its own page, each with its rule, what to do and the
 * evidence (in a disclosure a keyboard opens with Enter): where the dashboard's red
 * numbers end (issue 14, the CIO's journey).
 */
public class GroupFindingsPanel extends Composite<Div> {

	public GroupFindingsPanel(List<FindingDetails> open) {
		this(open, null);
	}

	/**
	 * @param unknown why the findings open at the page's past moment cannot be known (the
	 * console kept none yet), said instead of "no open findings"; null when they are
	 * known (DD080)
	 */
	public GroupFindingsPanel(List<FindingDetails> open, @org.jspecify.annotations.Nullable String unknown) {
		Div content = getContent();
		content.setId("group-findings");
		content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL,
				LumoUtility.Width.FULL);
		H3 heading = new H3((unknown != null) ? "Open findings" : "Open findings (" + open.size() + ")");
		heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
		content.add(heading);
		if (unknown != null) {
			Span notKnown = new Span(unknown);
			notKnown.setId("group-findings-not-known");
			content.add(notKnown);
		}
		else if (open.isEmpty()) {
			content.add(new Span("No open findings: the group meets every rule."));
		}
		for (FindingDetails d : open) {
			content.add(finding(d));
		}
	}

	private static Details finding(FindingDetails d) {
		FindingRow f = d.finding();
		Span title = new Span(d.rule().title() + ": " + f.summary());
		title.getStyle().set("white-space", "normal").set("min-width", "0");
		Div summary = new Div(SeverityBadge.of(f.severity()), title);
		summary.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
		summary.getStyle().set("white-space", "normal").set("min-width", "0");
		Div body = new Div(new Paragraph("What to do: " + d.rule().remediation()),
				new Paragraph("First seen " + Formats.time(f.firstSeen(), "") + ", last seen "
						+ Formats.time(f.lastSeen(), "") + ". Finding " + f.id() + "."),
				FindingDialog.evidence(d.evidence()));
		Details details = new Details(summary, body);
		details.setId("finding-" + f.id());
		details.addClassName("group-finding");
		details.setWidthFull();
		details.getStyle().set("min-width", "0").set("overflow-wrap", "anywhere");
		return details;
	}

}
