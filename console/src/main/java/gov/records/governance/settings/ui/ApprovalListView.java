package gov.records.governance.settings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import gov.records.governance.base.ui.AsOf;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.OrgNames;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.compliance.ComplianceService;
import gov.records.governance.groups.GroupService;
import gov.records.governance.security.CurrentUser;
import gov.records.governance.settings.ChangeRequestRow;
import gov.records.governance.settings.ApprovalService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * Changes that loosen retention where the schedules require more, waiting for a records
 * officer: each one in full (current and proposed settings side by side, the required
 * retention and its sources, the requester's reason), decided here or on the group's
 * page. Nobody approves or rejects their own request.
 */
@Route("approvals")
@PageTitle("Approvals | Records Governance Console")
@Menu(order = 5.5, icon = "vaadin:check-square-o", title = "Approvals")
@RolesAllowed({ AppRoles.CIO, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class ApprovalListView extends VerticalLayout implements BeforeEnterObserver {

	private final ApprovalService approvals;

	private final ComplianceService compliance;

	private final GroupService groups;

	private final CurrentUser user;

	private final Div list = new Div();

	private final Span asOfBanner = AsOf.banner();

	/** The past moment the list shows, null for the present. */
	private @Nullable Instant at;

	ApprovalListView(ApprovalService approvals, ComplianceService compliance, GroupService groups, CurrentUser user) {
		this.approvals = approvals;
		this.compliance = compliance;
		this.groups = groups;
		this.user = user;
		setSizeFull();
		add(new ViewHeader("Approvals", "Changes that loosen retention where the records schedules require more wait "
				+ "here for a records officer. Nobody approves their own request."));
		add(this.asOfBanner);
		this.list.setId("approval-list");
		this.list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
		Scroller scroller = new Scroller(this.list);
		scroller.setSizeFull();
		add(scroller);
	}

	/**
	 * {@code ?asOf=2026-11-01} lists the changes that were waiting at the end of that day
	 * (UTC), with the settings then in force, and decides none (DD080); a value that is
	 * not a past date is named and the present shown.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		LocalDate date = AsOf.read(event.getLocation().getQueryParameters().getParameters(), this.asOfBanner,
				"the changes that were waiting for approval (\"Now\" is the settings then in force; the records "
						+ "requirement is today's)",
				"The changes waiting now are shown.");
		this.at = (date != null) ? AsOf.endOf(date) : null;
		refresh();
	}

	private void refresh() {
		this.list.removeAll();
		Instant moment = this.at;
		List<ChangeRequestRow> pending = (moment != null) ? this.approvals.pendingAt(moment) : this.approvals.pending();
		if (pending.isEmpty()) {
			Paragraph none = new Paragraph(
					(moment != null) ? "Nothing was waiting for approval then." : "Nothing is waiting for approval.");
			none.setId("approvals-empty");
			this.list.add(none);
			return;
		}
		// the past is read only (DD066)
		Optional<String> decider = (moment == null && this.user.roles().contains(AppRoles.RECORDS_OFFICER))
				? Optional.of(this.user.username()) : Optional.empty();
		for (ChangeRequestRow request : pending) {
			String organization = this.groups.details(request.groupId())
				.map((d) -> OrgNames.withComponent(d.organizationPath()))
				.orElse(request.organizationName());
			this.list.add(new ApprovalCard(this.approvals, request, organization,
					this.compliance.assess(request.groupId()), decider, this::refresh));
		}
	}

}
