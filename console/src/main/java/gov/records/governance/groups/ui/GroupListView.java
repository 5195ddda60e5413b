package gov.records.governance.groups.ui;

import gov.records.governance.organizations.OrganizationTree;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import gov.records.governance.access.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import gov.records.governance.security.CurrentUser;
import gov.records.governance.settings.SettingsChangeService;
import gov.records.governance.base.ui.AsOf;
import gov.records.governance.base.ui.GridKeys;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupRow;
import gov.records.governance.groups.GroupService;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.platforms.PlatformService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Every messaging group in the user's scope, filtered and sorted in the database and
 * loaded page by page as the user scrolls.
 */
@Route("groups")
@PageTitle("Groups | Records Governance Console")
@Menu(order = 3, icon = "vaadin:group", title = "Groups")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class GroupListView extends VerticalLayout implements BeforeEnterObserver {

	private final GroupService groups;

	private final Grid<GroupRow> grid = new Grid<>();

	private final Span count = new Span();

	private final Span ignored = new Span();

	private final Button bulk;

	private GroupFilter filter = GroupFilter.none();

	private final GroupFilterBar filterBar;

	private final Span asOfBanner = AsOf.banner();

	/** The end of the day the list is shown as of, or null for now (DD066). */
	private @Nullable Instant at;

	GroupListView(GroupService groups, OrganizationService organizations, PlatformService platforms,
			SettingsChangeService changes, CurrentUser user) {
		this.groups = groups;
		setSizeFull();
		this.bulk = new Button("Change settings of these groups…", VaadinIcon.COGS.create(),
				(click) -> new BulkChangeDialog(changes, this.filter, this.groups.count(this.filter),
						() -> applyFilter(this.filter))
					.open());
		this.bulk.setId("bulk-change");
		this.bulk.setVisible(user.roles().contains(AppRoles.PLATFORM_ADMIN));
		add(new ViewHeader("Groups", "Messaging groups and the deletion settings in force on each.", this.bulk));
		this.filterBar = new GroupFilterBar(organizations.visibleTree(), platforms.list(), this::filterChanged);
		add(this.filterBar, this.asOfBanner);
		this.ignored.setId("filter-ignored");
		this.ignored.getElement().setAttribute("role", "alert");
		this.ignored.getStyle().set("color", "var(--lumo-error-text-color)");
		this.ignored.setVisible(false);
		add(this.ignored);
		this.count.setId("group-count");
		add(this.count);
		configureGrid(organizations);
		add(this.grid);
		// the list is filtered and counted once, in beforeEnter, which every navigation
		// runs (a count here too was a second wait for a pooled connection; DD077)
	}

	private void configureGrid(OrganizationService organizations) {
		this.grid.setId("group-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.addColumn(GroupRow::name)
			.setHeader("Name")
			.setKey("name")
			.setSortable(true)
			.setFlexGrow(3)
			.setTooltipGenerator(GroupRow::name);
		OrganizationTree names = organizations.fullTree();
		this.grid.addColumn((row) -> names.nameWithComponent(row.organizationId()))
			.setTooltipGenerator((row) -> names.nameWithComponent(row.organizationId()))
			.setHeader("Organization")
			.setKey("organizationName")
			.setSortable(true)
			.setFlexGrow(2);
		this.grid.addColumn(GroupRow::platformName).setHeader("Platform").setKey("platformName").setSortable(true);
		this.grid.addColumn((row) -> row.settings().lifetimeText())
			.setHeader("Auto-delete")
			.setKey("maxLifetime")
			.setSortable(true);
		this.grid.addColumn((row) -> row.settings().burnOnReadText()).setHeader("Burn-on-read cap");
		this.grid.addColumn((row) -> row.settings().captureEnabled() ? "On" : "Off")
			.setHeader("Capture")
			.setKey("captureEnabled")
			.setSortable(true);
		this.grid.setItemsPageable((pageable) -> (this.at != null)
				? this.groups.listInForceAt(this.filter, this.at, pageable) : this.groups.list(this.filter, pageable));
		this.grid.addItemClickListener((click) -> open(click.getItem()));
		GridKeys.enterOpens(this.grid, this::open);
		this.grid.setEmptyStateText("No groups match these filters.");
		this.grid.setSizeFull();
	}

	/** Opens the group's page, as of the list's date when it has one (DD071). */
	private void open(GroupRow row) {
		QueryParameters query = this.filterBar.asOf()
			.map((date) -> QueryParameters.of(AsOf.PARAMETER, date.toString()))
			.orElse(QueryParameters.empty());
		getUI().ifPresent((ui) -> ui.navigate(GroupDetailsView.class,
				new RouteParameters(GroupDetailsView.GROUP_ID, String.valueOf(row.id())), query));
	}

	/** The address carries the filter bar (issue 19, build 7). */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<String> ignored = this.filterBar.restore(event.getLocation().getQueryParameters().getParameters());
		this.ignored.setText(ignored.isEmpty() ? "" : "Left out of the address: " + String.join(", ", ignored)
				+ ". The list shows the rest of the filter within your scope.");
		this.ignored.setVisible(!ignored.isEmpty());
		applyFilter(this.filterBar.filter());
	}

	/**
	 * The Groups list's address for a filter: what dashboards and other views link to.
	 */
	public static QueryParameters query(GroupFilter filter) {
		return GroupFilterBar.query(filter);
	}

	private void filterChanged(GroupFilter newFilter) {
		applyFilter(newFilter);
		QueryParameters query = this.filterBar.queryParameters();
		getUI().ifPresent((ui) -> {
			if (!ui.getInternals().getActiveViewLocation().getQueryParameters().equals(query)) {
				ui.navigate(GroupListView.class, query);
			}
		});
	}

	private void applyFilter(GroupFilter newFilter) {
		this.filter = newFilter;
		LocalDate date = this.filterBar.asOf().orElse(null);
		this.at = (date != null) ? AsOf.endOf(date) : null;
		AsOf.show(this.asOfBanner, date, "each group with the deletion settings in force");
		long total = (this.at != null) ? this.groups.countInForceAt(newFilter, this.at) : this.groups.count(newFilter);
		this.count
			.setText(NumberFormat.getIntegerInstance(Locale.US).format(total) + ((total == 1) ? " group" : " groups"));
		this.grid.getDataProvider().refreshAll();
		// a bulk change starts from no groups: the list must be narrowed first (Found 10)
		boolean narrowed = !newFilter.equals(GroupFilter.none())
				&& !newFilter.equals(GroupFilter.none().withNameContains(""));
		// the past is read only (DD066)
		this.bulk.setEnabled(narrowed && total > 0 && this.at == null);
		this.bulk.setTooltipText((this.at != null) ? "Clear the as-of date: changes apply to the settings in force now"
				: narrowed ? null : "Filter the list first: a bulk change applies to the groups it shows");
	}

}
