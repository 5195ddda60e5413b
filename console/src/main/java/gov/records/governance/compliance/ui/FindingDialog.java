package gov.records.governance.compliance.ui;

import java.util.function.LongFunction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.compliance.FindingDetails;
import gov.records.governance.compliance.FindingService;
import java.util.Collection;
import java.util.Map;

/**
 * One finding: the rule and the law it cites, the remedy, the timeline and the evidence.
 */
class FindingDialog extends Dialog {

	private final LongFunction<String> organizationName;

	FindingDialog(FindingService findings, long findingId, LongFunction<String> organizationName) {
		this.organizationName = organizationName;
		setWidth("48rem");
		setHeaderTitle("Finding");
		findings.details(findingId)
			.ifPresentOrElse(this::show, () -> add(new Paragraph("This finding is not visible.")));
		getFooter().add(new Button("Close", (click) -> close()));
	}

	private void show(FindingDetails d) {
		setHeaderTitle(d.rule().title());
		Div body = new Div();
		body.add(SeverityBadge.of(d.finding().severity()), new Paragraph(d.finding().summary()));
		Paragraph where = new Paragraph("Finding #" + d.finding().id() + " · "
				+ this.organizationName.apply(d.finding().organizationId()) + " · " + d.finding().platformName());
		where.setId("finding-where");
		body.add(where);
		body.add(new H4("Why it matters"), new Paragraph(d.rule().explanation()));
		body.add(new H4("What to do"), new Paragraph(d.rule().remediation()));
		body.add(new H4("Timeline"),
				new Paragraph("First seen " + Formats.time(d.finding().firstSeen(), "") + "; last seen "
						+ Formats.time(d.finding().lastSeen(), "") + "; " + (d.finding().open() ? "still open."
								: "resolved " + Formats.time(d.finding().resolvedAt(), "") + ".")));
		body.add(new H4("Evidence"), evidence(d.evidence()));
		if (d.finding().groupId() != null) {
			body.add(new Anchor("groups/" + d.finding().groupId(), "Open the group"));
		}
		add(body);
	}

	static UnorderedList evidence(Map<String, Object> evidence) {
		UnorderedList list = new UnorderedList();
		evidence.forEach((key, value) -> {
			String text = (value instanceof Collection<?> items)
					? String.join("; ", items.stream().map(String::valueOf).toList()) : String.valueOf(value);
			list.add(new ListItem(label(key) + ": " + text));
		});
		return list;
	}

	private static String label(String key) {
		return switch (key) {
			case "group" -> "Group";
			case "platform" -> "Platform";
			case "autoDelete" -> "Auto-delete";
			case "maxLifetime" -> "Maximum message lifetime";
			case "capture" -> "Capture";
			case "captureHealthy" -> "Capture healthy";
			case "requiredRetention" -> "Required retention";
			case "policy" -> "Effective policy";
			case "capstoneAccounts" -> "Capstone officials";
			case "holds" -> "Legal holds";
			case "captureLastReport" -> "Capture last reported";
			case "captureFailing" -> "Capture failing";
			case "account" -> "Account";
			case "roleCategory" -> "Role category";
			case "official" -> "Official account";
			default -> key;
		};
	}

}
