package gov.records.governance.capstone.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.capstone.CapstoneFormService;
import gov.records.governance.capstone.DesignationReport;
import gov.records.governance.capstone.DesignationService;
import gov.records.governance.capstone.FormImportReport;
import gov.records.governance.capstone.FormRow;
import gov.records.governance.capstone.PositionRow;
import gov.records.governance.capstone.SuggestionRow;
import gov.records.governance.locks.RetentionLockService;
import gov.records.governance.locks.ui.LockDialog;
import gov.records.governance.locks.ui.LocksGrid;
import gov.records.governance.schedules.ui.ProblemsDialog;
import gov.records.governance.security.CurrentUser;
import gov.records.governance.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The agency's approved NA-1005 forms (issue 16): every role reads the forms, superseded
 * ones kept in history, and their positions; records officers import NARA's JSON or CSV,
 * run the designation and confirm or reject each suggested match. Every role sees the
 * retention locks in force within its scope (DD052); there is no button to lift one.
 */
@Route("capstone")
@PageTitle("Capstone | Records Governance Console")
@Menu(order = 4.5, icon = "vaadin:diploma", title = "Capstone")
@RolesAllowed({ AppRoles.CIO, AppRoles.PLATFORM_ADMIN, AppRoles.RECORDS_OFFICER, AppRoles.INSPECTOR })
public class CapstoneView extends VerticalLayout implements BeforeEnterObserver {

	private final CapstoneFormService forms;

	private final DesignationService designations;

	private final boolean officer;

	private final Grid<FormRow> formGrid = new Grid<>();

	private final Grid<PositionRow> positionGrid = new Grid<>();

	private final Grid<SuggestionRow> suggestionGrid = new Grid<>();

	private final RetentionLockService locks;

	private final Div lockSection = new Div();

	CapstoneView(CapstoneFormService forms, DesignationService designations, RetentionLockService locks,
			CurrentUser user) {
		this.locks = locks;
		this.forms = forms;
		this.designations = designations;
		this.officer = user.roles().contains(AppRoles.RECORDS_OFFICER);
		setWidthFull();
		Button designate = new Button("Designate accounts", VaadinIcon.USER_CHECK.create(), (click) -> designate());
		designate.setId("designate");
		designate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout actions = new HorizontalLayout();
		if (this.officer) {
			actions.add(upload(), designate);
		}
		add(new ViewHeader("Capstone", "The agency's NA-1005 forms approved by NARA name the Capstone positions "
				+ "(GRS 6.1 item 010, permanent); accounts with those titles are designated with the form as authority.",
				actions));
		configureForms();
		configurePositions();
		configureSuggestions();
		HorizontalLayout top = new HorizontalLayout(this.formGrid, this.positionGrid);
		top.setWidthFull();
		top.setHeight("22rem");
		this.lockSection.setWidthFull();
		add(top, new H3("Suggested matches"), this.suggestionGrid, new H3("Retention locks in force"),
				new Paragraph("A records officer locks a group's minimum retention on the group's page, or a schedule "
						+ "assignment on the Schedules page. " + LockDialog.PROMISE
						+ " Only a documented database procedure lifts one, and the audit log then shows the "
						+ "broken promise."),
				this.lockSection);
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

	private void configureForms() {
		this.formGrid.setId("form-grid");
		this.formGrid.addColumn(FormRow::number).setHeader("Form").setAutoWidth(true);
		this.formGrid.addColumn(FormRow::agency).setHeader("Agency").setFlexGrow(2);
		this.formGrid.addColumn((f) -> (f.approved() != null) ? f.approved().toString() : "—")
			.setHeader("Approved")
			.setAutoWidth(true);
		this.formGrid.addColumn(FormRow::positions).setHeader("Positions").setAutoWidth(true);
		this.formGrid.addComponentColumn(CapstoneView::status).setHeader("Status").setAutoWidth(true);
		this.formGrid.setEmptyStateText("No NA-1005 form imported yet. Records officers import NARA's JSON or CSV.");
		this.formGrid.asSingleSelect().addValueChangeListener((e) -> showPositions(e.getValue()));
		this.formGrid.setWidth("60%");
	}

	private void configurePositions() {
		this.positionGrid.setId("position-grid");
		this.positionGrid.addColumn(PositionRow::category).setHeader("Category").setAutoWidth(true);
		this.positionGrid.addColumn(PositionRow::title).setHeader("Position").setFlexGrow(3);
		this.positionGrid.addColumn((p) -> (p.accounts() != null) ? p.accounts().toString() : "not given")
			.setHeader("Accounts")
			.setAutoWidth(true);
		this.positionGrid.setEmptyStateText("Select a form to see its positions.");
		this.positionGrid.setWidth("40%");
	}

	private void configureSuggestions() {
		this.suggestionGrid.setId("suggestion-grid");
		this.suggestionGrid.addColumn(SuggestionRow::accountName).setHeader("Account").setAutoWidth(true);
		this.suggestionGrid.addColumn(SuggestionRow::accountTitle).setHeader("Its title").setFlexGrow(2);
		this.suggestionGrid.addColumn(SuggestionRow::positionTitle).setHeader("Form position").setFlexGrow(2);
		this.suggestionGrid.addColumn((s) -> "Capstone " + s.category() + ", " + s.formNumber())
			.setHeader("Category and form")
			.setAutoWidth(true);
		this.suggestionGrid.addColumn(SuggestionRow::why).setHeader("Why suggested").setAutoWidth(true);
		if (this.officer) {
			this.suggestionGrid.addComponentColumn(this::decision).setHeader("Decision").setAutoWidth(true);
		}
		this.suggestionGrid.setEmptyStateText("No suggestion waits for a decision.");
		this.suggestionGrid.setHeight("14rem");
	}

	private HorizontalLayout decision(SuggestionRow s) {
		Button confirm = new Button("Confirm", (click) -> decide(() -> this.designations.confirm(s.id()),
				s.accountName() + " designated Capstone " + s.category() + " by " + s.formNumber() + "."));
		confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
		Button reject = new Button("Reject", (click) -> decide(() -> this.designations.reject(s.id()),
				"Not designated; the match is not suggested again."));
		reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		return new HorizontalLayout(confirm, reject);
	}

	private void decide(Runnable action, String done) {
		try {
			action.run();
			Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (ValidationException ex) {
			new ProblemsDialog("decision", ex.problems()).open();
		}
		refresh();
	}

	private void designate() {
		DesignationReport report = this.designations.designate();
		Notification
			.show(report.designated() + " account(s) designated, " + report.unchanged() + " already designated, "
					+ report.suggested() + " new suggestion(s), " + report.compared() + " titles compared.")
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		refresh();
	}

	private Upload upload() {
		Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
			UI ui = UI.getCurrent();
			String name = Objects.requireNonNullElse(meta.fileName(), "upload");
			try {
				FormImportReport report = this.forms.importForms(name, bytes);
				ui.access(() -> {
					Notification
						.show(report.format() + " imported: " + report.created().size() + " new form(s), "
								+ report.unchanged().size() + " already imported"
								+ (report.superseded().isEmpty() ? ""
										: ", superseding " + String.join(", ", report.superseded()))
								+ "."
								+ (report.remarks().isEmpty() ? "" : " " + report.remarks().size() + " remark(s)."))
						.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
					refresh();
				});
			}
			catch (ValidationException ex) {
				ui.access(() -> new ProblemsDialog(name, ex.problems()).open());
			}
		}));
		upload.setId("import-forms");
		upload.setAcceptedFileTypes(".csv", ".json", "text/csv", "application/json");
		upload.setMaxFileSize(10 * 1024 * 1024);
		upload.setUploadButton(new Button("Import NA-1005 forms", VaadinIcon.UPLOAD.create()));
		upload.setDropLabel(new Span(""));
		return upload;
	}

	private void refresh() {
		this.formGrid.setItems(this.forms.forms());
		this.suggestionGrid.setItems(this.designations.suggestions());
		this.lockSection.removeAll();
		this.lockSection.add(new LocksGrid(this.locks.locks()));
		java.util.List<Long> broken = this.locks.brokenPromises();
		if (!broken.isEmpty()) {
			Paragraph lifted = new Paragraph("Lifted outside the console (the audit log shows them placed, the "
					+ "database no longer holds them): lock(s) "
					+ broken.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ".");
			lifted.setId("broken-promises");
			lifted.getElement().getThemeList().add("badge error");
			this.lockSection.add(lifted);
		}
		showPositions(null);
	}

	private void showPositions(@Nullable FormRow form) {
		this.positionGrid.setItems((form != null) ? this.forms.positions(form.id()) : java.util.List.of());
	}

	private static Span status(FormRow form) {
		Span badge = new Span(form.inForce() ? "In force" : "Superseded by " + form.supersededBy());
		badge.getElement().getThemeList().add(form.inForce() ? "badge success" : "badge contrast");
		return badge;
	}

}
