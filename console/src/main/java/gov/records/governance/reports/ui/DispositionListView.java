package gov.records.governance.reports.ui;

import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.OrganizationTree;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.base.ui.GridKeys;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.reports.DispositionDraft;
import gov.records.governance.reports.DispositionService;
import gov.records.governance.reports.evidence.DispositionElements;
import gov.records.governance.compliance.FindingRow;
import gov.records.governance.compliance.FindingService;
import gov.records.governance.security.CurrentUser;
import gov.records.governance.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reports of unauthorized disposition (36 CFR 1230.14): prepare one from a finding, check
 * and complete its five pre-filled elements, and, as a records officer, sign it off,
 * which issues it as a signed bundle in the report archive.
 */
@Route("reports/disposition")
@PageTitle("Disposition reports | Records Governance Console")
@Menu(order = 9, icon = "vaadin:file-text", title = "Disposition reports")
@RolesAllowed({ AppRoles.CIO, AppRoles.INSPECTOR, AppRoles.RECORDS_OFFICER })
public class DispositionListView extends VerticalLayout implements BeforeEnterObserver {

	private final DispositionService dispositions;

	private final Grid<DispositionDraft> grid = new Grid<>();

	private final List<TextArea> fields = List.of(new TextArea("1. Records (volume and dates)"),
			new TextArea("2. Office"), new TextArea("3. Circumstances"), new TextArea("4. Safeguards now in place"),
			new TextArea("5. Recovery steps"));

	private final Button save = new Button("Save draft", (click) -> save());

	private final Button signOff = new Button("Sign off and issue", (click) -> signOff());

	private @Nullable DispositionDraft current;

	private static final Logger LOG = LoggerFactory.getLogger(DispositionListView.class);

	DispositionListView(DispositionService dispositions, FindingService findings, CurrentUser user,
			OrganizationService organizations) {
		this.dispositions = dispositions;
		setSizeFull();
		ComboBox<FindingRow> finding = new ComboBox<>("Finding");
		finding.setId("disposition-finding");
		finding.setPlaceholder("Type a finding number, rule, group or office");
		finding.setHelperText("Findings in your scope, most severe and newest first; type to search");
		finding.setWidth("min(48rem, 100%)");
		// searched and paged in the database: the list never holds every finding (DD065)
		finding.setItemsPageable((pageable, text) -> findings.search(text, pageable));
		OrganizationTree names = organizations.fullTree();
		finding.setItemLabelGenerator((f) -> findingLabel(f, names.nameWithComponent(f.organizationId())));
		finding.setClearButtonVisible(true);
		Button prepare = new Button("Prepare from finding", (click) -> {
			FindingRow chosen = finding.getValue();
			if (chosen == null) {
				finding.setInvalid(true);
				finding.setErrorMessage("Choose the finding the report is about.");
				return;
			}
			finding.setInvalid(false);
			try {
				edit(dispositions.prepare(chosen.id()));
				refresh();
			}
			catch (ValidationException | AccessDeniedException ex) {
				error(ex.getMessage());
			}
			catch (RuntimeException ex) {
				LOG.warn("Preparing a disposition report from finding {} failed", chosen.id(), ex);
				error("The report could not be prepared; nothing was saved. Try again, or ask an administrator.");
			}
		});
		prepare.setId("disposition-prepare");
		add(new ViewHeader("Disposition reports",
				"Report unauthorized destruction of records to NARA: five elements, filled from the data, "
						+ "completed by you and signed off by a records officer."),
				new HorizontalLayout(finding, prepare));
		this.grid.addColumn(DispositionDraft::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((d) -> "#" + d.findingId()).setHeader("Finding").setAutoWidth(true);
		this.grid.addColumn(DispositionDraft::status).setHeader("Status").setAutoWidth(true);
		this.grid.addColumn(DispositionDraft::updatedBy).setHeader("Last edited by").setAutoWidth(true);
		this.grid.addColumn((d) -> (d.signedOffBy() != null)
				? d.signedOffBy() + ", " + Formats.time(d.signedOffAt(), "") + " (report #" + d.reportId() + ")" : "")
			.setHeader("Signed off")
			.setAutoWidth(true);
		this.grid.setHeight("14em");
		this.grid.asSingleSelect().addValueChangeListener((e) -> edit(e.getValue()));
		GridKeys.enterSelects(this.grid);
		this.fields.forEach((f) -> f.setWidthFull());
		// the draft is signed and sent on: its times stay in UTC, the viewer's zone is
		// named beside them (DD065)
		this.fields.getFirst().setHelperText(Formats.zoneNote());
		this.signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.signOff.setVisible(user.roles().contains(AppRoles.RECORDS_OFFICER));
		this.signOff.setId("disposition-sign-off");
		add(this.grid);
		this.fields.forEach(this::add);
		add(new HorizontalLayout(this.save, this.signOff));
	}

	/**
	 * Reads what the view shows on every navigation to it: Vaadin keeps the view when the
	 * user opens it again from itself (the menu, a link), so the constructor only builds
	 * it (DD083).
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		refresh();
		edit(null);
	}

	private void refresh() {
		this.grid.setItems(this.dispositions.list());
	}

	private void edit(@Nullable DispositionDraft draft) {
		this.current = draft;
		DispositionElements e = (draft != null) ? draft.elements() : null;
		List<String> values = (e != null)
				? List.of(e.records(), e.office(), e.circumstances(), e.safeguards(), e.recovery())
				: List.of("", "", "", "", "");
		boolean editable = draft != null && !draft.signed();
		for (int i = 0; i < this.fields.size(); i++) {
			this.fields.get(i).setValue(values.get(i));
			this.fields.get(i).setReadOnly(!editable);
		}
		this.save.setEnabled(editable);
		this.signOff.setEnabled(editable);
	}

	private DispositionElements elements() {
		return new DispositionElements(this.fields.get(0).getValue(), this.fields.get(1).getValue(),
				this.fields.get(2).getValue(), this.fields.get(3).getValue(), this.fields.get(4).getValue());
	}

	private void save() {
		DispositionDraft draft = this.current;
		if (draft == null) {
			return;
		}
		try {
			edit(this.dispositions.update(draft.id(), draft.version(), elements()));
			refresh();
			Notification.show("Draft saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (ValidationException | AccessDeniedException ex) {
			error(ex.getMessage());
		}
		catch (RuntimeException ex) {
			LOG.warn("A disposition draft could not be saved", ex);
			error("The draft could not be saved; nothing changed. Reload the page and try again.");
		}
	}

	private void signOff() {
		DispositionDraft draft = this.current;
		if (draft == null) {
			return;
		}
		try {
			DispositionDraft saved = this.dispositions.update(draft.id(), draft.version(), elements());
			long report = this.dispositions.signOff(saved.id(), saved.version());
			refresh();
			edit(this.dispositions.find(saved.id()).orElse(null));
			Notification.show("Signed off: report #" + report + " is being generated in the report archive")
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (ValidationException | AccessDeniedException ex) {
			error(ex.getMessage());
		}
		catch (RuntimeException ex) {
			LOG.warn("A disposition draft could not be saved", ex);
			error("The draft could not be saved; nothing changed. Reload the page and try again.");
		}
	}

	static String findingLabel(FindingRow f, String organization) {
		return "#" + f.id() + " · " + f.severity().label() + " · " + f.ruleTitle() + " · " + f.summary() + " · "
				+ organization + (f.open() ? "" : " (resolved)");
	}

	private static void error(@Nullable String message) {
		Notification
			.show((message != null) ? message : "That did not work; nothing changed.", 8000,
					Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
