package gov.records.governance.audit.ui;

import org.jspecify.annotations.Nullable;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.OrganizationTree;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditFilter;
import gov.records.governance.audit.AuditLogService;
import gov.records.governance.audit.AuditRecord;
import gov.records.governance.audit.ChainVerification;
import gov.records.governance.audit.CheckpointService;
import gov.records.governance.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.base.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Every change, login and report in a hash-chained log: filtered by actor, action, target
 * and period, verified end to end on demand, exported as JSON Lines with the hashes for
 * independent checking.
 */
@Route("audit")
@PageTitle("Audit log | Records Governance Console")
@Menu(order = 7, icon = "vaadin:file-text-o", title = "Audit log")
@RolesAllowed({ AppRoles.CIO, AppRoles.INSPECTOR, AppRoles.RECORDS_OFFICER })
public class AuditLogView extends VerticalLayout implements BeforeEnterObserver {

	private final AuditLogService log;

	private final Grid<AuditRecord> grid = new Grid<>();

	private final TextField actor = new TextField("Actor");

	private final TextField action = new TextField("Action starts with");

	private final TextField target = new TextField("Target");

	private final DatePicker from = Formats.datePicker(new DatePicker("From (UTC)"));

	private final DatePicker to = Formats.datePicker(new DatePicker("To, inclusive (UTC)"));

	private final Span count = new Span();

	private AuditFilter filter = AuditFilter.none();

	private final CheckpointService checkpoints;

	private final CurrentUser user;

	private final Div receipt = new Div();

	/** Names organizations with their component (every component has an "Operations"). */
	private final OrganizationTree names;

	AuditLogView(AuditLogService log, CheckpointService checkpoints, CurrentUser user,
			OrganizationService organizations) {
		this.log = log;
		this.names = organizations.fullTree();
		setSizeFull();
		Button verify = new Button("Verify chain", VaadinIcon.CHECK_CIRCLE.create(), (click) -> verify());
		verify.setId("verify-chain");
		DownloadHandler stream = (event) -> {
			event.setFileName("audit-log.jsonl");
			event.setContentType("application/x-ndjson");
			log.exportJsonLines(event.getOutputStream());
		};
		Anchor export = new Anchor(stream, "Export JSON Lines");
		export.setId("export-audit");
		DownloadHandler csv = (event) -> {
			event.setFileName("audit-events.csv");
			event.setContentType("text/csv");
			AuditCsv.write(this.log, this.filter, event.getOutputStream());
		};
		Anchor exportCsv = new Anchor(csv, "Export these events (CSV)");
		exportCsv.setId("export-audit-csv");
		exportCsv.getElement().setAttribute("download", true);
		this.checkpoints = checkpoints;
		this.user = user;
		add(new ViewHeader("Audit log",
				"Who did what, when, from where; each event carries the hash of the one "
						+ "before it. See docs/audit-chain.md to re-verify an export yourself.",
				verify, export, exportCsv));
		this.receipt.setWidthFull();
		add(this.receipt);
		add(filters());
		this.count.setId("audit-count");
		add(this.count);
		this.grid.setId("audit-grid");
		this.grid.addColumn(AuditRecord::seq).setHeader("#").setAutoWidth(true);
		this.grid.addColumn((e) -> Formats.time(e.occurredAt(), "")).setHeader("When").setAutoWidth(true);
		this.grid.addColumn(AuditRecord::actor).setHeader("Actor").setAutoWidth(true);
		this.grid.addColumn((e) -> Objects.requireNonNullElse(e.actorRole(), "")).setHeader("Role").setAutoWidth(true);
		this.grid.addColumn((e) -> AuditActions.words(e.action()))
			.setHeader("Action")
			.setAutoWidth(true)
			.setTooltipGenerator(AuditRecord::action);
		this.grid.addColumn((e) -> scope(e.orgScope()))
			.setHeader("Actor's organizations")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTooltipGenerator((e) -> scope(e.orgScope()));
		this.grid.addComponentColumn(this::target).setHeader("Target").setAutoWidth(true);
		this.grid.addColumn((e) -> Objects.requireNonNullElse(e.reason(), ""))
			.setHeader("Reason")
			.setFlexGrow(2)
			.setTooltipGenerator((e) -> Objects.requireNonNullElse(e.reason(), ""));
		this.grid.addColumn((e) -> Objects.requireNonNullElse(e.clientAddress(), ""))
			.setHeader("From")
			.setAutoWidth(true);
		this.grid.addColumn((e) -> e.hash().substring(0, 12) + "…")
			.setHeader("Hash")
			.setAutoWidth(true)
			.setTooltipGenerator(AuditRecord::hash);
		this.grid.setItemDetailsRenderer(
				new com.vaadin.flow.data.renderer.TextRenderer<>((e) -> "Actor's organizations: " + scope(e.orgScope())
						+ "   Target: " + targetText(e) + "   Before: " + Objects.requireNonNullElse(e.before(), "—")
						+ "   After: " + Objects.requireNonNullElse(e.after(), "—")));
		this.grid.setItemsPageable((pageable) -> this.log.search(this.filter, pageable));
		this.grid.setEmptyStateText("No events match these filters.");
		this.grid.setSizeFull();
		add(this.grid);
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

	private HorizontalLayout filters() {
		for (TextField field : new TextField[] { this.actor, this.action, this.target }) {
			field.setValueChangeMode(ValueChangeMode.LAZY);
			field.setClearButtonVisible(true);
			field.setMaxLength(100);
			field.addValueChangeListener((e) -> refresh());
		}
		this.action.setPlaceholder("settings.");
		this.from.addValueChangeListener((e) -> refresh());
		this.to.addValueChangeListener((e) -> refresh());
		HorizontalLayout bar = new HorizontalLayout(this.actor, this.action, this.target, this.from, this.to);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.getStyle().set("flex-wrap", "wrap");
		return bar;
	}

	private void refresh() {
		LocalDate start = this.from.getValue();
		LocalDate end = this.to.getValue();
		this.filter = new AuditFilter(this.actor.getValue(), this.action.getValue(), this.target.getValue(),
				(start != null) ? start.atStartOfDay(ZoneOffset.UTC).toInstant() : null,
				(end != null) ? end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : null);
		long total = this.log.count(this.filter);
		this.count.setText(Formats.number(total) + ((total == 1) ? " event" : " events"));
		this.grid.getDataProvider().refreshAll();
	}

	private void verify() {
		ChainVerification result = this.log.verify();
		this.receipt.removeAll();
		this.receipt.add(new ChainReceipt(result, this.checkpoints.current(), Instant.now(), this.user.username()));
		Notification note = Notification.show(result.summary(), 5_000, Notification.Position.BOTTOM_START);
		note.addThemeVariants(result.ok() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
	}

	private com.vaadin.flow.component.Component target(AuditRecord e) {
		String text = targetText(e);
		String link = AuditActions.link(e.targetType(), e.targetId());
		com.vaadin.flow.component.Component target = (link != null) ? new Anchor(link, text) : new Span(text);
		target.getElement().setAttribute("title", text);
		return target;
	}

	/** The target; an organization by its name with its component. */
	private String targetText(AuditRecord e) {
		if ("organization".equals(e.targetType()) && e.targetId() != null && e.targetId().matches("\\d{1,18}")) {
			return "organization " + this.names.nameWithComponent(Long.parseLong(e.targetId()));
		}
		return (Objects.requireNonNullElse(e.targetType(), "").replace('_', ' ') + " "
				+ Objects.requireNonNullElse(e.targetId(), ""))
			.strip();
	}

	/**
	 * The organizations the actor's grant covered when the event was written (ids in the
	 * event), named with their component; "whole department" style names come from the
	 * tree as well, an id no longer in the tree as "organization #id".
	 */
	private String scope(@Nullable String orgScope) {
		if (orgScope == null || orgScope.isBlank()) {
			return "";
		}
		return java.util.Arrays.stream(orgScope.split(","))
			.map(String::strip)
			.filter((id) -> id.matches("\\d{1,18}"))
			.map((id) -> this.names.nameWithComponent(Long.parseLong(id)))
			.collect(java.util.stream.Collectors.joining("; "));
	}

}
