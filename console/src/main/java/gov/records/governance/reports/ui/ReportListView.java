package gov.records.governance.reports.ui;

import gov.records.governance.base.ui.Formats;
import gov.records.governance.base.ui.PickLists;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import gov.records.governance.access.AppRoles;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.OrganizationTree;
import gov.records.governance.reports.ReportRequest;
import gov.records.governance.reports.ReportService;
import gov.records.governance.reports.ReportType;
import gov.records.governance.reports.content.ReportPart;
import gov.records.governance.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * Signed oversight reports as of any date: a request form (type, organization, period, as
 * of, recommendation), the charts of the chosen organization, the archive of every bundle
 * with live progress (polled every two seconds, so a user can leave and come back), each
 * bundle's download, and the check of an uploaded bundle.
 */
@Route("reports")
@PageTitle("Reports | Records Governance Console")
@Menu(order = 8, icon = "vaadin:file-process", title = "Reports")
@RolesAllowed({ AppRoles.CIO, AppRoles.INSPECTOR })
public class ReportListView extends VerticalLayout {

	static final int POLL_MILLIS = 2000;

	private final ReportService reports;

	private final Select<ReportType> type = new Select<>();

	private final ComboBox<OrganizationNode> organization = new ComboBox<>("Organization");

	private final DateTimePicker from = Formats.utcPicker(new DateTimePicker("Period from (UTC)"));

	private final DateTimePicker asOf = Formats.utcPicker(new DateTimePicker("As of (UTC)"));

	private final TextArea recommendation = new TextArea("Inspector general's recommendation");

	private final HorizontalLayout charts = new HorizontalLayout();

	private final ReportArchive archive;

	private @Nullable Registration polling;

	ReportListView(ReportService reports, OrganizationService organizations) {
		this.reports = reports;
		setSizeFull();
		add(new ViewHeader("Reports", "Evidence as of any date for the National Archives, inspectors general and the "
				+ "CIO: PDF/A, CSV and JSON in a signed bundle, archived unchanged."));
		add(form(organizations), this.charts);
		this.archive = new ReportArchive(reports);
		add(this.archive, new BundleCheckPanel(reports));
	}

	private HorizontalLayout form(OrganizationService organizations) {
		this.type.setLabel("Report");
		this.type.setItems(
				Arrays.stream(ReportType.values()).filter((t) -> t != ReportType.UNAUTHORIZED_DISPOSITION).toList());
		this.type.setItemLabelGenerator(ReportType::title);
		this.type.setValue(ReportType.RECORDS_COMPLIANCE);
		this.type.setId("report-type");
		PickLists.named(this.type);
		// wide enough for the longest title and organization name, never wider than
		// the page; the chosen name is also on hover (issue 14, Found 9; DD066)
		this.type.setWidth("min(22em, 100%)");
		this.organization.setItems(organizations.visibleTree()
			.all()
			.stream()
			.sorted(Comparator.comparing(OrganizationNode::range, Comparator.comparingInt((r) -> r.from())))
			.toList());
		OrganizationTree tree = organizations.visibleTree();
		this.organization.setItemLabelGenerator((o) -> tree.nameWithComponent(o.id()));
		this.organization.setWidth("min(36em, 100%)");
		this.organization.setTooltipText("Type to search; offices are named with their component");
		this.organization.addValueChangeListener((e) -> this.organization
			.setTooltipText(((e.getValue() != null) ? tree.nameWithComponent(e.getValue().id()) + ". " : "")
					+ "Type to search; offices are named with their component"));
		this.organization.setId("report-organization");
		organizations.visibleTree().roots().stream().findFirst().ifPresent(this.organization::setValue);
		this.organization.addValueChangeListener((e) -> showCharts());
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
		this.asOf.setValue(now);
		this.asOf.setMax(now.plusMinutes(1));
		this.asOf.setId("report-as-of");
		this.from.setValue(now.minusDays(90));
		this.recommendation.setWidth("28em");
		this.recommendation.setMaxLength(2000);
		this.recommendation.setPlaceholder("e.g. Ensure messages are retained per the records schedules");
		this.type.addValueChangeListener((e) -> adapt());
		Button generate = new Button("Generate", VaadinIcon.FILE_ADD.create(), (click) -> generate());
		generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		generate.setId("generate-report");
		HorizontalLayout form = new HorizontalLayout(this.type, this.organization, this.from, this.asOf,
				this.recommendation, generate);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		adapt();
		showCharts();
		return form;
	}

	private void adapt() {
		ReportType chosen = this.type.getValue();
		this.from.setVisible(chosen != null && chosen.coversPeriod());
		this.recommendation.setVisible(chosen == ReportType.REMEDIATION);
	}

	private void generate() {
		OrganizationNode org = this.organization.getValue();
		if (this.type.getValue() == null || org == null || this.asOf.getValue() == null) {
			notify("Choose a report, an organization and an as-of time.", true);
			return;
		}
		Instant end = this.asOf.getValue().toInstant(ZoneOffset.UTC);
		Instant start = (this.from.getValue() != null) ? this.from.getValue().toInstant(ZoneOffset.UTC) : null;
		try {
			long id = this.reports
				.request(new ReportRequest(this.type.getValue(), org.id(), start, end, this.recommendation.getValue()));
			notify("Report #" + id + " is being generated. You may leave this page: it stays in the archive below.",
					false);
			this.archive.refresh();
		}
		catch (ValidationException ex) {
			notify(ex.getMessage(), true);
		}
	}

	private void showCharts() {
		this.charts.removeAll();
		OrganizationNode org = this.organization.getValue();
		if (org == null) {
			return;
		}
		for (ReportPart.Chart chart : this.reports.overviewCharts(org.id())) {
			if (chart.data().allZero()) {
				Span none = new Span(chart.data().noneText());
				none.addClassName("report-chart-none");
				this.charts.add(none);
				continue;
			}
			String data = Base64.getEncoder().encodeToString(chart.svg().getBytes(StandardCharsets.UTF_8));
			Image image = new Image("data:image/svg+xml;base64," + data, chart.caption());
			image.setMaxWidth("46%");
			image.addClassName("report-chart");
			this.charts.add(image);
		}
	}

	private static void notify(String message, boolean error) {
		Notification n = Notification.show(message, error ? 8000 : 5000, Notification.Position.TOP_CENTER);
		n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		ui.setPollInterval(POLL_MILLIS);
		this.polling = ui.addPollListener((poll) -> this.archive.refresh());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		event.getUI().setPollInterval(-1);
		if (this.polling != null) {
			this.polling.remove();
		}
	}

}
