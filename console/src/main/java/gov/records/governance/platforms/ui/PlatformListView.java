package gov.records.governance.platforms.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.dashboard.DashboardService;
import gov.records.governance.dashboard.PlatformFigures;
import gov.records.governance.access.DepartmentScope;
import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.base.ui.GridKeys;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.demo.SimulatorControl;
import gov.records.governance.inventory.DeviceInventoryService;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.security.CurrentUser;
import gov.records.governance.sync.CircuitBreakers;
import gov.records.governance.sync.PlatformConnections;
import gov.records.governance.sync.PlatformSyncService;
import gov.records.governance.sync.SyncOutcome;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Objects;

/**
 * The messaging platforms with their sync health: whether each is in sync or stale, when
 * it was last synced successfully, its last error, its groups, accounts and capture, open
 * drift and its circuit. Platform administrators sync a platform now, switch automatic
 * drift remediation, import device inventories and open the demo's backend simulator; the
 * platform-wide switches (sync, remediation, the simulator) serve every component, so
 * only an administrator whose scope is the whole department sees them (a component
 * administrator imports inventories and reads the rest).
 */
@Route("platforms")
@PageTitle("Platforms | Records Governance Console")
@Menu(order = 2, icon = "vaadin:server", title = "Platforms")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN })
public class PlatformListView extends VerticalLayout implements BeforeEnterObserver {

	private final BackendStatusService status;

	private final PlatformSyncService sync;

	private final CircuitBreakers breakers;

	private final PlatformConnections connections;

	private final boolean admin;

	private final boolean platformWide;

	private final boolean departmentWide;

	private final DashboardService dashboard;

	private final Grid<PlatformRow> grid = new Grid<>();

	private final PlatformDetails details;

	PlatformListView(BackendStatusService status, PlatformSyncService sync, PlatformService platforms,
			CircuitBreakers breakers, PlatformConnections connections, DeviceInventoryService inventories,
			SimulatorControl simulator, CurrentUser user, DepartmentScope scope, DashboardService dashboard) {
		this.dashboard = dashboard;
		this.departmentWide = scope.covered();
		this.status = status;
		this.sync = sync;
		this.breakers = breakers;
		this.connections = connections;
		this.admin = user.roles().contains(AppRoles.PLATFORM_ADMIN);
		this.platformWide = this.admin && scope.covered();
		this.details = new PlatformDetails(platforms, this.platformWide, this::refresh);
		setSizeFull();
		Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), (click) -> refresh());
		refresh.setId("refresh-platforms");
		Button importInventory = new Button("Import device inventory…", VaadinIcon.UPLOAD.create(),
				(click) -> new InventoryImportDialog(inventories, this::refresh).open());
		importInventory.setId("import-inventory");
		importInventory.setVisible(this.admin);
		Button simulatorPage = new Button("Backend simulator", VaadinIcon.WRENCH.create(),
				(click) -> getUI().ifPresent((ui) -> ui.navigate(SimulatorView.class)));
		simulatorPage.setId("open-simulator");
		simulatorPage.setVisible(this.platformWide && simulator.running());
		add(new ViewHeader("Platforms",
				"Messaging backends the department runs or knows its staff use, with what their last sync saw.",
				refresh, importInventory, simulatorPage));
		configureGrid();
		add(this.grid, this.details);
	}

	/**
	 * Reads what the view shows on every navigation to it: Vaadin keeps the view when the
	 * user opens it again from itself (the menu, a link), so the constructor only builds
	 * it (DD083).
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		refresh();
	}

	private void configureGrid() {
		Instant now = Instant.now();
		this.grid.setId("platform-grid");
		this.grid.addColumn((r) -> r.health().platform().name())
			.setHeader("Platform")
			.setAutoWidth(true)
			.setFlexGrow(1);
		this.grid
			.addColumn((r) -> r.health().platform().kind().label()
					+ (r.health().platform().sanctioned() ? "" : " (unsanctioned)"))
			.setHeader("Kind")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addComponentColumn((r) -> SyncBadge.of(r.health().status()))
			.setHeader("Sync")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setKey("sync");
		this.grid.addColumn((r) -> r.health().platform().connected() ? r.lastGood(now) : "—")
			.setHeader("Last good sync")
			.setTooltipGenerator((r) -> Formats.time(r.health().lastSuccessAt(), "never"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		// a user who sees part of the department sees its share, not the backend's totals
		// (issue 14, Found 6)
		this.grid.addColumn(PlatformRow::groups)
			.setHeader(this.departmentWide ? "Groups" : "Groups in your scope")
			.setTooltipGenerator(PlatformRow::groupsInFull)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(PlatformRow::activeAccounts)
			.setHeader(this.departmentWide ? "Active accounts" : "Accounts in your scope")
			.setTooltipGenerator(PlatformRow::accounts)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((r) -> (r.drift() > 0) ? r.drift() + " drifted" : "—")
			.setHeader("Drift")
			.setAutoWidth(true)
			.setFlexGrow(0);
		if (this.platformWide) {
			this.grid.addComponentColumn(this::syncButton)
				.setHeader("")
				.setAutoWidth(true)
				.setFlexGrow(0)
				.setKey("actions");
		}
		this.grid.setEmptyStateText("No platforms are configured.");
		this.grid.asSingleSelect().addValueChangeListener((e) -> this.details.show(e.getValue()));
		GridKeys.enterSelects(this.grid);
		this.grid.setAllRowsVisible(true);
		this.grid.setWidthFull();
	}

	private Button syncButton(PlatformRow row) {
		Button button = new Button("Sync now", VaadinIcon.REFRESH.create());
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		button.setId("sync-" + row.health().platform().id());
		button.setEnabled(row.health().platform().connected());
		button.setDisableOnClick(true);
		button.addClickListener((click) -> {
			SyncOutcome outcome = this.sync.syncNow(row.health().platform().id());
			Notification note = Notification.show(outcome.message(), 6000, Notification.Position.BOTTOM_START);
			note.addThemeVariants(switch (outcome.status()) {
				case SYNCED -> NotificationVariant.LUMO_SUCCESS;
				case FAILED -> NotificationVariant.LUMO_ERROR;
				case SKIPPED -> NotificationVariant.LUMO_CONTRAST;
			});
			refresh();
		});
		return button;
	}

	private void refresh() {
		Long selected = (this.grid.asSingleSelect().getValue() == null) ? null
				: this.grid.asSingleSelect().getValue().health().platform().id();
		java.util.Map<Long, PlatformFigures> scoped = this.departmentWide ? java.util.Map.of()
				: this.dashboard.platformsInScope();
		var rows = this.status.platforms()
			.stream()
			.map((h) -> new PlatformRow(h, this.breakers.state(h.platform().id()),
					this.breakers.failuresInARow(h.platform().id()),
					this.connections.endpoint(h.platform()).map(Object::toString).orElse(null),
					this.connections.simulated(h.platform().id()),
					this.departmentWide ? null
							: scoped.getOrDefault(h.platform().id(), new PlatformFigures(h, 0, 0, 0))))
			.toList();
		this.grid.setItems(rows);
		rows.stream()
			.filter((r) -> Objects.equals(r.health().platform().id(), selected))
			.findFirst()
			.ifPresentOrElse(this.grid::select, () -> this.details.show(null));
	}

	/** A note under the grid for a platform known from inventories only. */
	static Span muted(String text) {
		Span span = new Span(text);
		span.getStyle().set("color", "var(--lumo-secondary-text-color)");
		return span;
	}

}
