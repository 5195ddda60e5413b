package gov.records.governance.holds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.AsOf;
import gov.records.governance.base.ui.Formats;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.time.Instant;
import java.time.LocalDate;
import gov.records.governance.base.ui.GridKeys;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.groups.GroupService;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.holds.HoldRow;
import gov.records.governance.holds.HoldService;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Legal holds, active first; released holds stay with their history. Every role reads
 * them (a platform administrator needs to know why a group may not auto-delete), scoped
 * to the user's organizations; records officers place and release them.
 */
@Route("holds")
@PageTitle("Holds | Records Governance Console")
@Menu(order = 5, icon = "vaadin:lock", title = "Holds")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class HoldListView extends VerticalLayout implements BeforeEnterObserver {

	private final HoldService holds;

	private final Grid<HoldRow> grid = new Grid<>();

	private final VerticalLayout details = new VerticalLayout();

	private final boolean officer;

	private final Button place;

	private final Span asOfBanner = AsOf.banner();

	/** The end of the day the list is shown as of, or null for now (DD066). */
	private @Nullable Instant at;

	HoldListView(HoldService holds, GroupService groups, OrganizationService organizations, CurrentUser user) {
		this.holds = holds;
		this.officer = user.roles().contains(AppRoles.RECORDS_OFFICER);
		setSizeFull();
		Button place = new Button("Place hold", VaadinIcon.LOCK.create(),
				(click) -> new PlaceHoldDialog(holds, groups, organizations, this::refresh).open());
		place.setId("place-hold");
		place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		place.setVisible(this.officer);
		this.place = place;
		add(new ViewHeader("Holds", "Litigation, FOIA, audit and investigation holds. While a hold is active nothing "
				+ "in its scope may auto-delete (36 CFR 1236.20(b)(7)).", place), this.asOfBanner);
		this.grid.setId("hold-grid");
		// the title takes the room the short columns leave and wraps; the release time
		// is on the status's hover and in the details (issue 14, build 6; DD066)
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addComponentColumn((h) -> status(h, this.at)).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(HoldRow::caseReference).setHeader("Case").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((h) -> kind(h)).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(HoldRow::title)
			.setHeader("Title")
			.setFlexGrow(1)
			.setWidth("10rem")
			.setTooltipGenerator(HoldRow::title);
		this.grid.addColumn((h) -> Formats.time(h.startedAt(), ""))
			.setHeader("Started")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.setEmptyStateText("No holds. Records officers place them when litigation, a FOIA request, an audit "
				+ "or an investigation needs records kept.");
		this.grid.asSingleSelect().addValueChangeListener((e) -> show(e.getValue()));
		GridKeys.enterSelects(this.grid);
		this.grid.setHeightFull();
		this.grid.setWidth("62%");
		this.details.setWidth("38%");
		HorizontalLayout body = new HorizontalLayout(this.grid, this.details);
		body.setSizeFull();
		add(body);
		refresh();
	}

	/**
	 * {@code ?asOf=2026-11-01} shows the holds that were active at the end of that day
	 * (UTC), read only; a value that is not a past date is named and the present shown.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		LocalDate date = AsOf.read(event.getLocation().getQueryParameters().getParameters(), this.asOfBanner,
				"the holds that were active", "The holds of now are shown.");
		this.at = (date != null) ? AsOf.endOf(date) : null;
		this.place.setEnabled(this.at == null);
		refresh();
	}

	private void refresh() {
		this.grid.setItems((this.at != null) ? this.holds.activeAt(this.at) : this.holds.list());
		show(null);
	}

	private void show(@Nullable HoldRow hold) {
		this.details.removeAll();
		if (hold == null) {
			this.details.add(new Paragraph("Select a hold to see its scope and history."));
			return;
		}
		this.details.add(new H3(hold.caseReference()), new Paragraph(hold.title()));
		if (hold.description() != null) {
			this.details.add(new Paragraph(hold.description()));
		}
		UnorderedList scope = new UnorderedList();
		hold.scope().forEach((s) -> scope.add(new ListItem(s)));
		this.details.add(new Span("Covers:"), scope);
		this.details.add(new Paragraph("Placed by " + hold.placedBy() + " on " + Formats.time(hold.startedAt(), "")));
		if (hold.releasedAt() != null) {
			this.details.add(new Paragraph("Released by " + Objects.requireNonNullElse(hold.releasedBy(), "?") + " on "
					+ Formats.time(hold.releasedAt(), "") + ": "
					+ Objects.requireNonNullElse(hold.releaseReason(), "")));
		}
		else if (this.officer && this.at == null) {
			Button release = new Button("Release…",
					(click) -> new ReleaseHoldDialog(this.holds, hold, this::refresh).open());
			release.setId("release-hold");
			this.details.add(release);
		}
	}

	private static String kind(HoldRow hold) {
		String name = hold.kind().name();
		return (hold.kind() == HoldKind.FOIA) ? name : name.charAt(0) + name.substring(1).toLowerCase();
	}

	private static Span status(HoldRow hold, @Nullable Instant at) {
		// as of a date every listed hold was active then
		boolean active = hold.active() || at != null;
		Span badge = new Span(active ? "Active" : "Released");
		if (!active) {
			badge.setTitle("Released " + Formats.time(hold.releasedAt(), ""));
		}
		badge.getElement().getThemeList().add(active ? "badge error" : "badge contrast");
		return badge;
	}

}
