package gov.records.governance.compliance.ui;

import gov.records.governance.organizations.OrganizationTree;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.PickLists;
import gov.records.governance.base.ui.AsOf;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.base.ui.GridKeys;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.compliance.ComplianceService;
import gov.records.governance.compliance.FindingFilter;
import gov.records.governance.compliance.FindingRow;
import gov.records.governance.compliance.FindingService;
import gov.records.governance.compliance.RunSummary;
import gov.records.governance.compliance.Severity;
import gov.records.governance.compliance.rules.RuleInfo;
import gov.records.governance.compliance.rules.Rules;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Breaches of the records rules in the user's scope: filtered by severity, rule,
 * organization, platform and status (or what was open on a past date), loaded page by
 * page; each opens its evidence.
 */
@Route("findings")
@PageTitle("Findings | Records Governance Console")
@Menu(order = 6, icon = "vaadin:warning", title = "Findings")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class FindingListView extends VerticalLayout implements BeforeEnterObserver {

	private final FindingService findings;

	private final Grid<FindingRow> grid = new Grid<>();

	private final Span count = new Span();

	private final Span ignored = new Span();

	private final Select<Severity> severity = new Select<>();

	private final ComboBox<RuleInfo> rule = new ComboBox<>("Rule");

	private final ComboBox<OrganizationNode> organization = new ComboBox<>("Organization");

	private final ComboBox<PlatformSummary> platform = new ComboBox<>("Platform");

	private final Select<FindingFilter.Status> status = new Select<>();

	private final DatePicker openOn = Formats.datePicker(new DatePicker("Open on date (UTC)"));

	/** Shown while the list is as of a past date (DD066). */
	private final Span asOfBanner = AsOf.banner();

	private final Button run;

	private FindingFilter filter = FindingFilter.open();

	/** Names organizations with their component (every component has an "Operations"). */
	private final OrganizationTree names;

	/** True while the filter bar is set from the address (no address write back). */
	private boolean restoring;

	FindingListView(FindingService findings, ComplianceService compliance, OrganizationService organizations,
			PlatformService platforms, CurrentUser user) {
		this.findings = findings;
		this.names = organizations.fullTree();
		setSizeFull();
		Button run = new Button("Run checks now", VaadinIcon.REFRESH.create(), (click) -> runNow(compliance));
		this.run = run;
		run.setId("run-checks");
		// an audited write: the CIO and the inspector only read (issue 19, item 7)
		run.setVisible(
				user.roles().contains(AppRoles.PLATFORM_ADMIN) || user.roles().contains(AppRoles.RECORDS_OFFICER));
		add(new ViewHeader("Findings",
				"Where deletion settings break federal records rules, with the evidence and what to do.", run,
				FindingCsv.link(findings, () -> this.filter)));
		add(filters(organizations, platforms));
		add(this.asOfBanner);
		this.ignored.setId("filter-ignored");
		this.ignored.getElement().setAttribute("role", "alert");
		this.ignored.getStyle().set("color", "var(--lumo-error-text-color)");
		this.ignored.setVisible(false);
		add(this.ignored);
		this.count.setId("finding-count");
		add(this.count);
		configureGrid();
		add(this.grid);
		refresh();
	}

	private HorizontalLayout filters(OrganizationService organizations, PlatformService platforms) {
		this.severity.setLabel("Severity");
		this.severity.setItems(Severity.values());
		this.severity.setEmptySelectionAllowed(true);
		this.severity.setEmptySelectionCaption("Any");
		this.severity.setItemLabelGenerator((s) -> (s == null) ? "Any" : s.label());
		PickLists.named(this.severity);
		this.rule.setItems(Rules.ALL);
		this.rule.setItemLabelGenerator(RuleInfo::title);
		this.rule.setClearButtonVisible(true);
		this.rule.setPlaceholder("Any rule");
		this.rule.setWidth("18rem");
		this.organization.setItems(organizations.visibleTree()
			.all()
			.stream()
			.sorted(java.util.Comparator.comparingInt((OrganizationNode n) -> n.range().from()))
			.toList());
		OrganizationTree tree = organizations.visibleTree();
		this.organization.setItemLabelGenerator((n) -> "\u2003".repeat(n.depth()) + tree.nameWithComponent(n.id()));
		this.organization.setWidth("22rem");
		this.organization.setClearButtonVisible(true);
		this.organization.setPlaceholder("All in your scope");
		this.platform.setItems(platforms.list());
		this.platform.setItemLabelGenerator(PlatformSummary::name);
		this.platform.setClearButtonVisible(true);
		this.platform.setPlaceholder("All platforms");
		this.status.setLabel("Status");
		this.status.setItems(FindingFilter.Status.values());
		this.status.setItemLabelGenerator((s) -> switch (s) {
			case OPEN -> "Open";
			case RESOLVED -> "Resolved";
			case ALL -> "Open and resolved";
		});
		this.status.setValue(FindingFilter.Status.OPEN);
		PickLists.named(this.status);
		this.openOn.setId("finding-open-on");
		this.openOn.setClearButtonVisible(true);
		this.openOn.setMax(AsOf.today());
		this.openOn.setHelperText("Overrides status");
		this.severity.addValueChangeListener((e) -> filterChanged());
		this.rule.addValueChangeListener((e) -> filterChanged());
		this.organization.addValueChangeListener((e) -> filterChanged());
		this.platform.addValueChangeListener((e) -> filterChanged());
		this.status.addValueChangeListener((e) -> filterChanged());
		this.openOn.addValueChangeListener((e) -> filterChanged());
		HorizontalLayout bar = new HorizontalLayout(this.severity, this.rule, this.organization, this.platform,
				this.status, this.openOn);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.getStyle().set("flex-wrap", "wrap");
		return bar;
	}

	private void configureGrid() {
		this.grid.setId("finding-grid");
		// first, so Tab into the grid lands on it and Enter follows it (the CIO's
		// journey)
		this.grid.addComponentColumn(FindingListView::groupLink).setHeader("Group").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(FindingRow::id).setHeader("Finding #").setAutoWidth(true).setFlexGrow(0);
		this.grid.addComponentColumn((f) -> SeverityBadge.of(f.severity())).setHeader("Severity").setAutoWidth(true);
		this.grid.addColumn(FindingRow::ruleTitle)
			.setHeader("Rule")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTooltipGenerator(FindingRow::ruleTitle);
		this.grid.addColumn(FindingRow::summary)
			.setHeader("Finding")
			.setFlexGrow(1)
			.setTooltipGenerator(FindingRow::summary);
		this.grid.addColumn((f) -> this.names.nameWithComponent(f.organizationId()))
			.setHeader("Organization")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTooltipGenerator((f) -> this.names.nameWithComponent(f.organizationId()));
		this.grid.addColumn((f) -> Formats.time(f.firstSeen(), "")).setHeader("First seen").setAutoWidth(true);
		this.grid.addColumn((f) -> Formats.time(f.resolvedAt(), "open")).setHeader("Resolved").setAutoWidth(true);
		this.grid.setItemsPageable((pageable) -> this.findings.list(this.filter, pageable));
		this.grid.addItemClickListener((
				click) -> new FindingDialog(this.findings, click.getItem().id(), this.names::nameWithComponent).open());
		GridKeys.enterOpens(this.grid,
				(row) -> new FindingDialog(this.findings, row.id(), this.names::nameWithComponent).open());
		this.grid.setEmptyStateText("No findings match these filters.");
		this.grid.setSizeFull();
	}

	/**
	 * The address carries the filter bar (issue 19, build 7): {@code ?severity=CRITICAL&
	 * rule=…&organization=<id>&platform=<id>&status=OPEN|RESOLVED|ALL}; an unknown value
	 * is ignored and named in a notification.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
		List<String> ignored = new ArrayList<>();
		this.restoring = true;
		try {
			this.severity.setValue(pick(query, "severity", Arrays.asList(Severity.values()), Severity::name, ignored));
			this.rule.setValue(pick(query, "rule", Rules.ALL, RuleInfo::id, ignored));
			this.organization.setValue(pick(query, "organization",
					this.organization.getListDataView().getItems().toList(), (n) -> String.valueOf(n.id()), ignored));
			this.platform.setValue(pick(query, "platform", this.platform.getListDataView().getItems().toList(),
					(p) -> String.valueOf(p.id()), ignored));
			FindingFilter.Status wanted = pick(query, "status", Arrays.asList(FindingFilter.Status.values()),
					FindingFilter.Status::name, ignored);
			this.status.setValue((wanted != null) ? wanted : FindingFilter.Status.OPEN);
			this.openOn.setValue(AsOf.from(query, ignored).orElse(null));
		}
		finally {
			this.restoring = false;
		}
		this.ignored.setText(ignored.isEmpty() ? "" : "Left out of the address: " + String.join(", ", ignored)
				+ " (not a choice within your scope). The list shows the rest of the filter.");
		this.ignored.setVisible(!ignored.isEmpty());
		refresh();
	}

	/** The Findings list's address for a filter: what the dashboard links to. */
	public static QueryParameters query(FindingFilter filter) {
		Map<String, String> query = new LinkedHashMap<>();
		if (filter.severity() != null) {
			query.put("severity", filter.severity().name());
		}
		if (filter.ruleId() != null) {
			query.put("rule", filter.ruleId());
		}
		if (filter.organizationId() != null) {
			query.put("organization", String.valueOf(filter.organizationId()));
		}
		if (filter.platformId() != null) {
			query.put("platform", String.valueOf(filter.platformId()));
		}
		if (filter.status() != FindingFilter.Status.OPEN) {
			query.put("status", filter.status().name());
		}
		if (filter.openAt() != null) {
			query.put(AsOf.PARAMETER, filter.openAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
		}
		return QueryParameters.simple(query);
	}

	/** The filter bar as query parameters (only what differs from the default). */
	QueryParameters queryParameters() {
		Map<String, String> query = new LinkedHashMap<>();
		if (this.severity.getValue() != null) {
			query.put("severity", this.severity.getValue().name());
		}
		if (this.rule.getValue() != null) {
			query.put("rule", this.rule.getValue().id());
		}
		if (this.organization.getValue() != null) {
			query.put("organization", String.valueOf(this.organization.getValue().id()));
		}
		if (this.platform.getValue() != null) {
			query.put("platform", String.valueOf(this.platform.getValue().id()));
		}
		if (this.status.getValue() != null && this.status.getValue() != FindingFilter.Status.OPEN) {
			query.put("status", this.status.getValue().name());
		}
		if (this.openOn.getValue() != null) {
			query.put(AsOf.PARAMETER, this.openOn.getValue().toString());
		}
		return QueryParameters.simple(query);
	}

	private static <T> @Nullable T pick(Map<String, List<String>> query, String name, List<T> items,
			Function<T, String> key, List<String> ignored) {
		List<String> values = query.get(name);
		if (values == null || values.isEmpty() || values.get(0).isBlank()) {
			return null;
		}
		String wanted = values.get(0).strip();
		for (T item : items) {
			if (key.apply(item).equalsIgnoreCase(wanted)) {
				return item;
			}
		}
		ignored.add(name + " '" + wanted + "'");
		return null;
	}

	private void filterChanged() {
		if (this.restoring) {
			return;
		}
		refresh();
		QueryParameters query = queryParameters();
		getUI().ifPresent((ui) -> {
			if (!ui.getInternals().getActiveViewLocation().getQueryParameters().equals(query)) {
				ui.navigate(FindingListView.class, query);
			}
		});
	}

	private void refresh() {
		OrganizationNode org = this.organization.getValue();
		PlatformSummary plat = this.platform.getValue();
		RuleInfo r = this.rule.getValue();
		LocalDate date = this.openOn.getValue();
		this.filter = new FindingFilter(this.severity.getValue(), (r != null) ? r.id() : null,
				(org != null) ? org.id() : null, (plat != null) ? plat.id() : null,
				(this.status.getValue() != null) ? this.status.getValue() : FindingFilter.Status.OPEN, null,
				(date != null) ? AsOf.endOf(date) : null);
		// the past is read only: no checks run against it (DD066)
		AsOf.show(this.asOfBanner, date, "the findings that were open");
		this.run.setEnabled(date == null);
		long total = this.findings.count(this.filter);
		this.count.setText(Formats.number(total) + ((total == 1) ? " finding" : " findings"));
		this.grid.getDataProvider().refreshAll();
	}

	private static com.vaadin.flow.component.Component groupLink(FindingRow f) {
		if (f.groupId() == null) {
			return new Span("—");
		}
		com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor("groups/" + f.groupId(),
				"Open group");
		link.getElement().setAttribute("router-link", true);
		link.getElement().setAttribute("aria-label", "Open the group of: " + f.summary());
		link.addClassName("finding-group-link");
		return link;
	}

	private void runNow(ComplianceService compliance) {
		RunSummary run = compliance.runNow();
		Notification note = Notification.show("Checked " + Formats.number(run.groupsEvaluated()) + " groups in "
				+ run.took().toMillis() + " ms: " + run.findingsOpened() + " new, " + run.findingsResolved()
				+ " resolved, " + Formats.number(run.openAfter()) + " open.");
		note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		refresh();
	}

}
