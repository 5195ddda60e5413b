package gov.records.governance.groups.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.AsOf;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.base.ui.OrgNames;
import gov.records.governance.settings.ui.ApprovalCard;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.compliance.ComplianceService;
import gov.records.governance.security.CurrentUser;
import gov.records.governance.settings.OutboxEntryRow;
import gov.records.governance.settings.OutboxService;
import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.settings.ChangeRequestRow;
import gov.records.governance.settings.ApprovalService;
import gov.records.governance.settings.SettingsChangeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import gov.records.governance.groups.AccountRow;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupDetails;
import gov.records.governance.groups.capabilities.PlatformCapabilities;
import gov.records.governance.groups.GroupRow;
import gov.records.governance.groups.GroupService;
import gov.records.governance.locks.LockTarget;
import gov.records.governance.locks.RetentionLockService;
import gov.records.governance.locks.ui.LockDialog;
import gov.records.governance.groups.PolicyVersionRow;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.backends.LiveGroupState;
import gov.records.governance.compliance.FindingDetails;
import gov.records.governance.compliance.FindingFilter;
import gov.records.governance.compliance.FindingService;
import gov.records.governance.compliance.ui.GroupFindingsPanel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/**
 * One group: where it sits, the deletion settings in force, its accounts and the full
 * history of its settings. An unknown group, or one outside the user's scope, shows the
 * not-found view. With {@code ?asOf=YYYY-MM-DD} (DD066, DD071) the page shows the group
 * as it was at the end of that day: the settings then in force, the findings then open,
 * the history and requests up to then, and nothing can be changed from it.
 */
@Route("groups/:groupId")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class GroupDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final String GROUP_ID = "groupId";

	private final GroupService groups;

	private final ComplianceService compliance;

	private String title = "Group";

	private final SettingsChangeService changes;

	private final ApprovalService approvals;

	private final boolean admin;

	private final java.util.Optional<String> officer;

	private final BackendStatusService backends;

	private final OutboxService outbox;

	private final FindingService findings;

	private final RetentionLockService locks;

	private final Span asOfBanner = AsOf.banner();

	/** The end of the day the page is shown as of, or null for now (DD071). */
	private @Nullable Instant at;

	GroupDetailsView(GroupService groups, ComplianceService compliance, SettingsChangeService changes,
			ApprovalService approvals, BackendStatusService backends, OutboxService outbox, FindingService findings,
			RetentionLockService locks, CurrentUser user) {
		this.findings = findings;
		this.locks = locks;
		this.groups = groups;
		this.compliance = compliance;
		this.changes = changes;
		this.approvals = approvals;
		this.backends = backends;
		this.outbox = outbox;
		this.admin = user.roles().contains(AppRoles.PLATFORM_ADMIN);
		this.officer = user.roles().contains(AppRoles.RECORDS_OFFICER) ? java.util.Optional.of(user.username())
				: java.util.Optional.empty();
		setSizeFull();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		GroupDetails details = event.getRouteParameters()
			.get(GROUP_ID)
			.flatMap(GroupDetailsView::parseId)
			.flatMap(this.groups::details)
			.orElse(null);
		if (details == null) {
			event.rerouteToError(NotFoundException.class, "No such group");
			return;
		}
		LocalDate date = AsOf.read(event.getLocation().getQueryParameters().getParameters(), this.asOfBanner,
				"the group's deletion settings in force, its open findings and its history",
				"The page shows the group as it is now.");
		this.at = (date != null) ? AsOf.endOf(date) : null;
		show(details);
	}

	@Override
	public String getPageTitle() {
		return this.title + " | Records Governance Console";
	}

	private void show(GroupDetails details) {
		removeAll();
		GroupRow group = details.group();
		this.title = group.name();
		String path = OrgNames.path(details.organizationPath());
		Button change = new Button("Change settings…", VaadinIcon.COG.create(),
				(click) -> new ChangeSettingsDialog(this.changes, details,
						() -> this.groups.details(group.id()).ifPresent(this::show))
					.open());
		change.setId("change-settings");
		PlatformCapabilities can = PlatformCapabilities.of(group.platformKind());
		change.setVisible(this.admin && can.changeable());
		readOnlyInThePast(change);
		Button lock = new Button("Lock retention…", VaadinIcon.LOCK.create(),
				(click) -> LockDialog
					.forGroup(this.locks, group.id(), group.name(),
							() -> this.groups.details(group.id()).ifPresent(this::show))
					.open());
		lock.setId("lock-retention");
		lock.setVisible(this.officer.isPresent());
		readOnlyInThePast(lock);
		add(new ViewHeader(group.name(), group.platformKind().label() + " group " + group.externalId() + " on "
				+ group.platformName() + " · " + path, change, lock), this.asOfBanner);
		this.locks.locks()
			.stream()
			.filter((l) -> l.target() == LockTarget.GROUP && l.targetId() == group.id())
			.findFirst()
			.ifPresent((l) -> {
				Span locked = new Span(l.label() + ": " + l.reason() + ". It can be extended, never shortened or "
						+ "lifted in the console.");
				locked.setId("group-lock");
				locked.getElement().getThemeList().add("badge contrast");
				add(locked);
			});
		if (this.admin && !can.changeable()) {
			Span unchangeable = new Span(
					group.platformName() + " is not changed through the console. " + can.allowed());
			unchangeable.setId("not-changeable");
			add(unchangeable);
		}
		Instant at = this.at;
		List<ChangeRequestRow> requests = this.approvals.requestsFor(group.id())
			.stream()
			.filter((r) -> at == null || !r.requestedAt().isAfter(at))
			.toList();
		// a request pending now may have been decided since the date: as of a date no
		// request is offered for a decision (DD071)
		requests.stream().filter((r) -> at == null && r.pending()).findFirst().ifPresent((pending) -> {
			Span badge = new Span("Change pending approval: " + pending.proposed().summary() + " (requested by "
					+ pending.requestedBy() + ")");
			badge.setId("pending-change");
			badge.getElement().getThemeList().add("badge");
			add(badge);
			if (this.officer.isPresent()) {
				add(new ApprovalCard(this.approvals, pending, OrgNames.withComponent(details.organizationPath()),
						this.compliance.assess(group.id()), this.officer,
						() -> this.groups.details(group.id()).ifPresent(this::show)));
			}
		});
		List<FindingDetails> open = this.findings
			.list(FindingFilter.open().withGroup(group.id()).openAt(at), Pageable.unpaged())
			.stream()
			.flatMap((f) -> this.findings.details(f.id()).stream())
			.toList();
		// a day before the console kept findings has none to show, which is not "none
		// open"
		boolean findingsKnown = at == null || this.findings.knownAt(at);
		Instant keptFrom = findingsKnown ? null : this.findings.keptFrom();
		String findingsUnknown = findingsKnown ? null
				: (keptFrom == null) ? "Not known: the console holds no findings yet."
						: "Not known: findings are kept from "
								+ java.time.LocalDate.ofInstant(keptFrom, java.time.ZoneOffset.UTC)
								+ " on, so whether the group met every rule on that day cannot be said.";
		List<OutboxEntryRow> pushes = this.outbox.forGroup(group.id(), 20)
			.stream()
			.filter((p) -> at == null || !p.createdAt().isAfter(at))
			.toList();
		List<PolicyVersionRow> history = this.groups.history(group.id())
			.stream()
			.filter((v) -> at == null || !v.validFrom().isAfter(at))
			.toList();
		if (at == null) {
			Optional<LiveGroupState> live = this.backends.liveState(group.id());
			add(settingsSummary(group.settings(), details,
					CaptureStatement.of(group.settings().captureEnabled(), live, open)));
			add(new BackendStatePanel(live, pushes));
		}
		else {
			// the settings then in force: the history's version at that moment
			history.stream()
				.filter((v) -> v.validTo() == null || v.validTo().isAfter(at))
				.findFirst()
				.ifPresentOrElse(
						(v) -> add(settingsSummary(v.settings(), details,
								CaptureStatement.of(v.settings().captureEnabled(), Optional.empty(), open,
										findingsKnown))),
						() -> add(notKept("group-settings",
								"No deletion settings were recorded for this group by then: it had no version yet.")));
			add(notKept("backend-state", "The backend's live state and the records requirement are read "
					+ "as they are now, so they are not shown as of a date; clear the date to see them."));
		}
		add(new GroupFindingsPanel(open, findingsUnknown));
		if (at == null) {
			this.compliance.assess(group.id()).ifPresent((assessment) -> add(new RecordsRequirementPanel(assessment)));
		}
		// sections rather than a tab sheet: axe-core finds Vaadin's tab sheet's tablist
		// without its required tabs (aria-required-children, critical), DD059
		add(section("group-accounts", "Accounts (" + Formats.number(details.accountCount()) + ")",
				accountsGrid(group.id()), true),
				section("group-history", "Settings history (" + history.size() + ")",
						new SettingsHistoryPanel(this.groups, group.id(), history), true),
				section("group-requests", "Change requests (" + requests.size() + ")", new ChangeRequestGrid(requests),
						false),
				section("group-pushes", "Pushes to the backend (" + pushes.size() + ")",
						BackendStatePanel.pushesGrid(pushes), false));
	}

	/** Disables a write while the page shows the past (DD066, DD071). */
	private void readOnlyInThePast(Button write) {
		write.setEnabled(this.at == null);
		if (this.at != null) {
			write.setTooltipText("Clear the as-of date: changes apply to the settings in force now");
		}
	}

	private static Span notKept(String id, String text) {
		Span span = new Span(text);
		span.setId(id);
		span.getStyle().set("color", "var(--lumo-secondary-text-color)");
		return span;
	}

	private static Details section(String id, String title, com.vaadin.flow.component.Component content,
			boolean opened) {
		Details details = new Details(title, content);
		details.setId(id);
		details.setOpened(opened);
		details.setWidthFull();
		return details;
	}

	private static Div settingsSummary(DeletionSettings s, GroupDetails details, String capture) {
		PlatformCapabilities can = PlatformCapabilities.of(details.group().platformKind());
		Div summary = new Div(fact("Auto-delete (configured)", s.autoDelete() ? "After " + s.lifetimeText() : "Off"),
				fact("Burn-on-read cap", s.burnOnReadText()));
		if (can.shredder()) {
			summary.add(fact("Shredder intensity", s.shredderIntensity() + ""));
		}
		Div captureFact = fact("Capture for records", capture);
		captureFact.setId("capture-statement");
		summary.add(captureFact, fact("Accounts", Formats.number(details.accountCount())),
				fact("Created", Formats.time(details.createdAt(), "—")));
		summary.setId("group-settings");
		summary.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
		return summary;
	}

	private static Div fact(String label, String value) {
		Span name = new Span(label);
		name.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		Span text = new Span(value);
		text.getStyle().set("font-weight", "600");
		Div fact = new Div(name, text);
		fact.getStyle().set("display", "flex").set("flex-direction", "column");
		return fact;
	}

	private Grid<AccountRow> accountsGrid(long groupId) {
		Grid<AccountRow> grid = new Grid<>();
		grid.setId("account-grid");
		grid.addColumn(AccountRow::displayName).setHeader("Name").setKey("displayName").setSortable(true);
		grid.addColumn((a) -> Objects.requireNonNullElse(a.positionTitle(), "")).setHeader("Position");
		grid.addColumn((a) -> a.roleCategory().label()).setHeader("Role category").setFlexGrow(2);
		grid.addColumn((a) -> a.official() ? "Official" : "Personal").setHeader("Account");
		grid.addColumn((a) -> a.status().name().charAt(0) + a.status().name().substring(1).toLowerCase())
			.setHeader("Status");
		grid.addColumn(AccountRow::externalId).setHeader("Platform id");
		grid.setItemsPageable((pageable) -> this.groups.accounts(groupId, pageable));
		grid.setEmptyStateText("This group has no accounts.");
		grid.setHeight("28rem");
		return grid;
	}

	private static java.util.Optional<Long> parseId(String text) {
		try {
			return java.util.Optional.of(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

}
