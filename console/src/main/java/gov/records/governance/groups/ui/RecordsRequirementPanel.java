package gov.records.governance.groups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import gov.records.governance.compliance.GroupAssessment;
import gov.records.governance.compliance.PolicySource;
import gov.records.governance.compliance.rules.Violation;
import gov.records.governance.compliance.ui.SeverityBadge;

/**
 * The group's effective records policy: the retention it requires, why (the assignments,
 * role categories and holds that produced it, decisive ones marked), and the rules its
 * settings break.
 */
class RecordsRequirementPanel extends Div {

	RecordsRequirementPanel(GroupAssessment assessment) {
		setId("records-requirement");
		getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("padding", "var(--lumo-space-m)");
		H3 title = new H3("Required retention: " + assessment.policy().requirement().label());
		title.getStyle().set("margin-top", "0");
		add(title);
		assessment.policy().explanation().forEach((line) -> add(new Paragraph(line)));
		UnorderedList sources = new UnorderedList();
		for (PolicySource source : assessment.policy().sources()) {
			ListItem item = new ListItem(source.label() + " — " + source.requirement().label());
			if (source.decisive()) {
				item.getStyle().set("font-weight", "600");
			}
			else {
				item.getStyle().set("color", "var(--lumo-secondary-text-color)");
			}
			sources.add(item);
		}
		add(sources);
		if (assessment.violations().isEmpty()) {
			Span ok = new Span("The current settings break no records rule.");
			ok.getElement().getThemeList().add("badge success");
			add(ok);
		}
		else {
			UnorderedList broken = new UnorderedList();
			for (Violation v : assessment.violations()) {
				ListItem item = new ListItem(SeverityBadge.of(v.rule().severity()), new Span(" " + v.summary()));
				broken.add(item);
			}
			add(new Paragraph("The current settings break:"), broken);
		}
	}

}
