package gov.records.governance.schedules.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.AsOf;
import gov.records.governance.base.ui.GridKeys;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.groups.GroupService;
import gov.records.governance.locks.RetentionLockService;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.schedules.ImportReport;
import gov.records.governance.schedules.ScheduleItemRow;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.security.CurrentUser;
import gov.records.governance.shared.RetentionPeriods;
import gov.records.governance.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The records schedules and their items. Everyone reads and exports them; records
 * officers edit items, import schedule files (the console's CSV or JSON, or NARA's GRS
 * CSV) and assign items.
 */
@Route("schedules")
@PageTitle("Schedules | Records Governance Console")
@Menu(order = 4, icon = "vaadin:calendar-clock", title = "Schedules")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class ScheduleListView extends VerticalLayout implements BeforeEnterObserver {

	private final ScheduleService schedules;

	private final Grid<ScheduleItemRow> grid = new Grid<>();

	private final boolean officer;

	private final ItemPanel panel;

	private final Span asOfBanner = AsOf.banner();

	/** The date the list is shown as of, or null for now (DD066). */
	private @Nullable LocalDate date;

	private final HorizontalLayout actions;

	ScheduleListView(ScheduleService schedules, GroupService groups, OrganizationService organizations,
			RetentionLockService locks, CurrentUser user) {
		this.schedules = schedules;
		this.officer = user.roles().contains(AppRoles.RECORDS_OFFICER);
		this.panel = new ItemPanel(schedules, groups, organizations, locks, this.officer, this::refresh);
		setSizeFull();
		add(new ViewHeader("Schedules",
				"The disposition authorities the console checks groups against. Items marked \"verify\" still need "
						+ "checking against NARA's published General Records Schedules.",
				this.actions = actions()), this.asOfBanner);
		configureGrid();
		HorizontalLayout body = new HorizontalLayout(this.grid, this.panel);
		body.setSizeFull();
		// the two share the row: neither is wider than its share whatever its content (a
		// flex item's minimum width is its content's by default, which pushed the grid
		// off
		// the page at 1440 px when an item with assignments was open; DD081)
		this.grid.setWidth("64%");
		this.panel.setWidth("36%");
		this.grid.setMinWidth("0");
		// no scrolling region of its own: axe asks one to be focusable, and at 1440 px
		// the
		// content fits (the actions and the assignments wrap)
		this.panel.setMinWidth("0");
		add(body);
		refresh();
	}

	private HorizontalLayout actions() {
		HorizontalLayout bar = new HorizontalLayout();
		bar.setAlignItems(FlexComponent.Alignment.CENTER);
		if (this.officer) {
			Button create = new Button("New item", VaadinIcon.PLUS.create(),
					(click) -> new ScheduleItemDialog(this.schedules, null, this::refresh).open());
			create.setId("new-item");
			create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			bar.add(create, upload());
		}
		bar.add(download("schedules.csv", "text/csv", this.schedules::exportCsv, "Export CSV"),
				download("schedules.json", "application/json", this.schedules::exportJson, "Export JSON"));
		return bar;
	}

	private Upload upload() {
		Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
			UI ui = UI.getCurrent();
			String name = Objects.requireNonNullElse(meta.fileName(), "upload");
			try {
				ImportReport report = this.schedules.importFile(name, bytes);
				ui.access(() -> {
					Notification.show(
							report.format() + " imported: " + report.created() + " created, " + report.updated()
									+ " updated, " + report.unchanged() + " unchanged"
									+ ((report.skipped() > 0) ? ", " + report.skipped()
											+ " superseded rows skipped (not in the catalogue)." : ".")
									+ kept(report))
						.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
					refresh();
				});
			}
			catch (ValidationException ex) {
				ui.access(() -> new ProblemsDialog(name, ex.problems()).open());
			}
		}));
		upload.setId("import-schedules");
		upload.setAcceptedFileTypes(".csv", ".json", "text/csv", "application/json");
		upload.setMaxFileSize(12 * 1024 * 1024);
		upload.setUploadButton(new Button("Import CSV or JSON", VaadinIcon.UPLOAD.create()));
		upload.setDropLabel(new Span(""));
		return upload;
	}

	private static Anchor download(String file, String type, Supplier<byte[]> content, String label) {
		Anchor anchor = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = content.get();
			return new DownloadResponse(new ByteArrayInputStream(bytes), file, type, bytes.length);
		}), label);
		anchor.setId("export-" + file.substring(file.indexOf('.') + 1));
		return anchor;
	}

	private void configureGrid() {
		this.grid.setId("schedule-grid");
		// the title takes the room the short columns leave and wraps; every long text
		// is also on hover and in the panel (issue 14, build 6; DD066)
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addColumn(ScheduleItemRow::reference)
			.setHeader("Item")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setSortable(true);
		this.grid.addColumn(titleRenderer())
			.setHeader("Title")
			.setKey("title")
			.setFlexGrow(1)
			.setWidth("8rem")
			.setTooltipGenerator(ScheduleItemRow::title);
		// disposition and retention in one cell, as the item's panel writes them
		this.grid.addColumn(ScheduleListView::disposition)
			.setHeader("Disposition")
			.setWidth("9rem")
			.setFlexGrow(0)
			.setTooltipGenerator(ScheduleListView::disposition);
		this.grid.addColumn((i) -> Objects.requireNonNullElse(i.authority(), "—"))
			.setHeader("Authority")
			.setWidth("8rem")
			.setFlexGrow(0)
			.setTooltipGenerator((i) -> Objects.requireNonNullElse(i.authority(), "none recorded"));
		this.grid.addColumn((i) -> i.verifyAgainstNara() ? "Verify" : "")
			.setHeader("NARA")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(ScheduleItemRow::assignments).setHeader("Assigned").setAutoWidth(true).setFlexGrow(0);
		this.grid.setEmptyStateText("No schedules yet. A records officer can import NARA's GRS CSV.");
		this.grid.asSingleSelect().addValueChangeListener((e) -> this.panel.show(e.getValue()));
		GridKeys.enterSelects(this.grid);
		this.grid.setHeightFull();
	}

	/**
	 * The title in at most two lines, cut with an ellipsis (DD072): beside the panel the
	 * column is about 150 px wide at 1440 px and a full GRS title wrapped to five lines.
	 * The whole text stays in the cell for screen readers and is shown on hover and in
	 * the item's panel.
	 */
	static LitRenderer<ScheduleItemRow> titleRenderer() {
		return LitRenderer
			.<ScheduleItemRow>of("<span class=\"schedule-title\" style=\"" + TITLE_CLAMP + "\">${item.title}</span>")
			.withProperty("title", ScheduleItemRow::title);
	}

	/** Two lines at most, then an ellipsis. */
	static final String TITLE_CLAMP = "display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;"
			+ "line-clamp:2;overflow:hidden;overflow-wrap:anywhere";

	/** The fields the import left as officers set them, named (issue 19, item 2). */
	static String kept(ImportReport report) {
		if (report.kept().isEmpty()) {
			return "";
		}
		List<String> named = report.kept().stream().map((k) -> k + " (set by " + k.setBy() + ")").toList();
		return " Kept as records officers set them: " + String.join(", ", named.subList(0, Math.min(10, named.size())))
				+ ((named.size() > 10) ? " and " + (named.size() - 10) + " more" : "") + ".";
	}

	/** "Temporary, 7 years", "Permanent": the disposition with its retention. */
	static String disposition(ScheduleItemRow item) {
		String kind = item.disposition().name().charAt(0) + item.disposition().name().substring(1).toLowerCase();
		String retention = retention(item);
		return retention.equalsIgnoreCase(kind) ? kind : kind + ", " + retention.toLowerCase();
	}

	static String retention(ScheduleItemRow item) {
		if (item.minRetention() == null) {
			return switch (item.disposition()) {
				case PERMANENT -> "Permanent";
				case TEMPORARY -> "When no longer needed";
			};
		}
		return RetentionPeriods.label(RetentionPeriods.parse(item.minRetention()));
	}

	/**
	 * {@code ?asOf=2026-11-01} shows the items in force on that day, read only; a value
	 * that is not a past date is named and the present shown.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.date = AsOf.read(event.getLocation().getQueryParameters().getParameters(), this.asOfBanner,
				"the schedule items that were in force", "The items in force now are shown.");
		// exports stay: they export what is in force now, as their names say
		this.actions.getChildren()
			.filter((c) -> c.getId().filter((id) -> id.equals("new-item")).isPresent() || c instanceof Upload)
			.forEach((c) -> c.setVisible(this.date == null && this.officer));
		this.panel.past(this.date != null);
		this.panel.show(null);
		this.grid.deselectAll();
		refresh();
	}

	private void refresh() {
		ScheduleItemRow selected = this.grid.asSingleSelect().getValue();
		var items = (this.date != null) ? this.schedules.itemsInForceOn(this.date) : this.schedules.items();
		this.grid.setItems(items);
		if (selected != null) {
			items.stream().filter((i) -> i.id() == selected.id()).findFirst().ifPresent(this.grid::select);
		}
	}

}
