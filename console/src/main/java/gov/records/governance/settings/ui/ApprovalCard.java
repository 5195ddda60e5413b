package gov.records.governance.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.compliance.GroupAssessment;
import gov.records.governance.compliance.PolicySource;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.settings.ChangeRequestRow;
import gov.records.governance.settings.ApprovalService;
import java.util.List;
import java.util.Optional;

/**
 * One request waiting for a records officer, in full: who asked, when and why, the
 * current and proposed settings side by side (changed ones marked), the retention the
 * schedules require for the group and where that comes from, and, for an officer who did
 * not ask for it, Approve and Reject as ordinary buttons (Tab reaches them). Used by the
 * approvals list and by a group's page.
 */
public class ApprovalCard extends Div {

	/**
	 * @param organization the group's organization with its component
	 * @param assessment the group's records requirement, when the group is assessed
	 * @param decider the officer's user name when they may decide; empty to only show
	 */
	public ApprovalCard(ApprovalService approvals, ChangeRequestRow request, String organization,
			Optional<GroupAssessment> assessment, Optional<String> decider, Runnable decided) {
		setId("approval-" + request.id());
		addClassName("approval-card");
		getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("padding", "var(--lumo-space-m)")
			.set("max-width", "72rem");
		H3 title = new H3();
		title.add(new Anchor("groups/" + request.groupId(), request.groupName()));
		title.getStyle().set("margin", "0");
		Span where = new Span(organization + " · requested by " + request.requestedBy() + " on "
				+ Formats.time(request.requestedAt(), ""));
		where.getStyle().set("color", "var(--lumo-secondary-text-color)");
		add(title, where, comparison(request.current(), request.proposed()));
		Paragraph reason = new Paragraph();
		Span label = new Span("Requester's reason: ");
		label.getStyle().set("font-weight", "600");
		Span text = new Span(request.reason());
		text.addClassName("approval-reason");
		reason.add(label, text);
		add(reason);
		assessment.ifPresentOrElse(this::requirement,
				() -> add(new Paragraph("The group's records requirement could not be assessed.")));
		decider.ifPresent((user) -> add(actions(approvals, request, user, decided)));
	}

	private static NativeTable comparison(DeletionSettings now, DeletionSettings proposed) {
		NativeTable table = new NativeTable();
		table.addClassName("approval-comparison");
		table.getStyle().set("border-collapse", "collapse").set("margin", "var(--lumo-space-s) 0");
		NativeTableHeader head = new NativeTableHeader();
		head.add(headerRow("Setting", "Now", "Proposed"));
		NativeTableBody body = new NativeTableBody();
		List<String[]> rows = List.of(
				new String[] { "Auto-delete", now.autoDelete() ? "After " + now.lifetimeText() : "Off",
						proposed.autoDelete() ? "After " + proposed.lifetimeText() : "Off" },
				new String[] { "Burn-on-read cap", now.burnOnReadText(), proposed.burnOnReadText() },
				new String[] { "Shredder intensity", now.shredderIntensity() + "", proposed.shredderIntensity() + "" },
				new String[] { "Capture for records", now.captureEnabled() ? "On" : "Off",
						proposed.captureEnabled() ? "On" : "Off" });
		for (String[] row : rows) {
			NativeTableRow tr = new NativeTableRow();
			boolean changed = !row[1].equals(row[2]);
			NativeTableHeaderCell name = new NativeTableHeaderCell(row[0]);
			name.getElement().setAttribute("scope", "row");
			name.getStyle().set("text-align", "left").set("padding", "0 var(--lumo-space-l) 0 0");
			tr.add(name, cell(row[1], false), cell(row[2] + (changed ? " (changed)" : ""), changed));
			body.add(tr);
		}
		table.add(head, body);
		return table;
	}

	private static NativeTableRow headerRow(String... texts) {
		NativeTableRow row = new NativeTableRow();
		for (String text : texts) {
			NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
			cell.getElement().setAttribute("scope", "col");
			cell.getStyle().set("text-align", "left").set("padding", "0 var(--lumo-space-l) 0 0");
			row.add(cell);
		}
		return row;
	}

	private static NativeTableCell cell(String text, boolean changed) {
		NativeTableCell cell = new NativeTableCell(text);
		cell.getStyle().set("padding", "0 var(--lumo-space-l) 0 0");
		if (changed) {
			cell.getStyle().set("font-weight", "600");
		}
		return cell;
	}

	private void requirement(GroupAssessment assessment) {
		Paragraph required = new Paragraph("Required retention: " + assessment.policy().requirement().label());
		required.addClassName("approval-required");
		required.getStyle().set("font-weight", "600").set("margin-bottom", "0");
		UnorderedList sources = new UnorderedList();
		for (PolicySource source : assessment.policy().sources()) {
			sources.add(new ListItem(
					source.label() + ": " + source.requirement().label() + (source.decisive() ? " (decisive)" : "")));
		}
		add(required, sources);
	}

	private static HorizontalLayout actions(ApprovalService approvals, ChangeRequestRow request, String user,
			Runnable decided) {
		boolean own = request.requestedBy().equals(user);
		Button approve = new Button("Approve", (click) -> new DecisionDialog(approvals, request, true, decided).open());
		approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
		approve.setId("approve-" + request.id());
		Button reject = new Button("Reject", (click) -> new DecisionDialog(approvals, request, false, decided).open());
		reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
		reject.setId("reject-" + request.id());
		HorizontalLayout actions = new HorizontalLayout(approve, reject);
		if (own) {
			approve.setEnabled(false);
			reject.setEnabled(false);
			actions.add(new Span("You asked for this change: another records officer decides it."));
		}
		return actions;
	}

}
