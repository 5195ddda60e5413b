package gov.records.governance.groups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import gov.records.governance.settings.BulkPreview;
import gov.records.governance.settings.ChangeStatus;

/**
 * The impact preview of a bulk change: the verdict, how many groups would apply, wait or
 * be refused, the critical rules behind any refusal, the findings opened and closed in
 * total, and the first groups one by one.
 */
class BulkImpactPanel extends Div {

	BulkImpactPanel() {
		setId("bulk-impact");
	}

	void show(BulkPreview p) {
		removeAll();
		add(new H4("Impact on " + groups(p.matching())), verdict(p));
		add(new Paragraph(
				p.wouldApply() + " would apply at once, " + p.needApproval() + " would wait for a records officer, "
						+ p.refused() + " would be refused, " + p.unchanged() + " already have these settings."));
		if (p.isRefused()) {
			add(new Paragraph("Refused because it would open critical findings; nothing will change:"));
			UnorderedList rules = new UnorderedList();
			p.refusingRules()
				.forEach((r) -> rules
					.add(new ListItem(r.title() + " — " + groups(r.groups()) + ". " + r.explanation())));
			add(rules);
		}
		add(new Paragraph("Findings it would open: " + p.findingsOpened() + "; findings it would close: "
				+ p.findingsClosed() + " (over every group it changes)."));
		UnorderedList list = new UnorderedList();
		list.setId("bulk-impact-groups");
		p.groups()
			.forEach((g) -> list.add(new ListItem(OutcomeBadge.of(g.outcome()),
					new Span(" " + g.groupName() + " — opens " + g.opens() + ", closes " + g.closes()))));
		add(list);
		if (p.notListed() > 0) {
			add(new Paragraph("… and " + groups(p.notListed()) + " more, counted above."));
		}
	}

	private static Span verdict(BulkPreview p) {
		if (p.isRefused()) {
			return OutcomeBadge.of(ChangeStatus.REFUSED);
		}
		Span badge = new Span((p.changed() == 0) ? "Nothing to change" : "Ready to apply");
		badge.getElement().getThemeList().add((p.changed() == 0) ? "badge contrast" : "badge success");
		return badge;
	}

	private static String groups(int n) {
		return n + ((n == 1) ? " group" : " groups");
	}

}
