package gov.records.governance.compliance.ui;

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
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.Formats;
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
public class FindingListView extends VerticalLayout {

	private final FindingService findings;

	private final Grid<FindingRow> grid = new Grid<>();

	private final Span count = new Span();

	private final Select<Severity> severity = new Select<>();

	private final ComboBox<RuleInfo> rule = new ComboBox<>("Rule");

	private final ComboBox<OrganizationNode> organization = new ComboBox<>("Organization");

	private final ComboBox<PlatformSummary> platform = new ComboBox<>("Platform");

	private final Select<FindingFilter.Status> status = new Select<>();

	private final DatePicker openOn = new DatePicker("Open on date");

	private FindingFilter filter = FindingFilter.open();

	FindingListView(FindingService findings, ComplianceService compliance, OrganizationService organizations,
			PlatformService platforms, CurrentUser user) {
		this.findings = findings;
		setSizeFull();
		Button run = new Button("Run checks now", VaadinIcon.REFRESH.create(), (click) -> runNow(compliance));
		run.setId("run-checks");
		// an audited write: the CIO and the inspector only read (issue 19, item 7)
		run.setVisible(
				user.roles().contains(AppRoles.PLATFORM_ADMIN) || user.roles().contains(AppRoles.RECORDS_OFFICER));
		add(new ViewHeader("Findings",
				"Where deletion settings break federal records rules, with the evidence and what to do.", run));
		add(filters(organizations, platforms));
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
		this.organization.setItemLabelGenerator((n) -> "\u2003".repeat(n.depth()) + n.name());
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
		this.openOn.setClearButtonVisible(true);
		this.openOn.setMax(LocalDate.now(ZoneOffset.UTC));
		this.openOn.setHelperText("Overrides status");
		this.severity.addValueChangeListener((e) -> refresh());
		this.rule.addValueChangeListener((e) -> refresh());
		this.organization.addValueChangeListener((e) -> refresh());
		this.platform.addValueChangeListener((e) -> refresh());
		this.status.addValueChangeListener((e) -> refresh());
		this.openOn.addValueChangeListener((e) -> refresh());
		HorizontalLayout bar = new HorizontalLayout(this.severity, this.rule, this.organization, this.platform,
				this.status, this.openOn);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.getStyle().set("flex-wrap", "wrap");
		return bar;
	}

	private void configureGrid() {
		this.grid.setId("finding-grid");
		this.grid.addComponentColumn((f) -> SeverityBadge.of(f.severity())).setHeader("Severity").setAutoWidth(true);
		this.grid.addColumn(FindingRow::ruleTitle).setHeader("Rule").setFlexGrow(2);
		this.grid.addColumn(FindingRow::summary).setHeader("Finding").setFlexGrow(4);
		this.grid.addColumn(FindingRow::organizationName).setHeader("Organization").setFlexGrow(1);
		this.grid.addColumn((f) -> Formats.time(f.firstSeen(), "")).setHeader("First seen").setAutoWidth(true);
		this.grid.addColumn((f) -> Formats.time(f.resolvedAt(), "open")).setHeader("Resolved").setAutoWidth(true);
		this.grid.setItemsPageable((pageable) -> this.findings.list(this.filter, pageable));
		this.grid.addItemClickListener((click) -> new FindingDialog(this.findings, click.getItem().id()).open());
		this.grid.setEmptyStateText("No findings match these filters.");
		this.grid.setSizeFull();
	}

	private void refresh() {
		OrganizationNode org = this.organization.getValue();
		PlatformSummary plat = this.platform.getValue();
		RuleInfo r = this.rule.getValue();
		LocalDate date = this.openOn.getValue();
		this.filter = new FindingFilter(this.severity.getValue(), (r != null) ? r.id() : null,
				(org != null) ? org.id() : null, (plat != null) ? plat.id() : null,
				(this.status.getValue() != null) ? this.status.getValue() : FindingFilter.Status.OPEN, null,
				(date != null) ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1) : null);
		long total = this.findings.count(this.filter);
		this.count.setText(Formats.number(total) + ((total == 1) ? " finding" : " findings"));
		this.grid.getDataProvider().refreshAll();
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
