package gov.records.governance.platforms.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.records.governance.access.AppRoles;
import gov.records.governance.access.DepartmentScope;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.base.ui.ViewHeader;
import gov.records.governance.demo.SimulatorControl;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.shared.ValidationException;
import gov.records.governance.simulator.Fault;
import gov.records.governance.simulator.FaultSwitches;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Arrays;

/**
 * The demo's backend simulator for platform administrators: what it has served, faults to
 * throw at the console's connectors (for the next requests, or as a steady rate), added
 * latency, and a setting changed directly in a backend, behind the console's back. Opened
 * from the Platforms view; says so plainly when the simulator is not running. The
 * simulator serves every component, so an administrator bound to one component gets the
 * access-denied view, as from the simulator's service (DD045).
 */
@Route("simulator")
@PageTitle("Backend simulator | Records Governance Console")
@RolesAllowed(AppRoles.PLATFORM_ADMIN)
public class SimulatorView extends VerticalLayout implements BeforeEnterObserver {

	private final SimulatorControl simulator;

	private final boolean departmentWide;

	private final Paragraph counters = new Paragraph();

	SimulatorView(SimulatorControl simulator, DepartmentScope scope) {
		this.simulator = simulator;
		this.departmentWide = scope.covered();
		if (!this.departmentWide) {
			return;
		}
		add(new ViewHeader("Backend simulator",
				"The demo's stand-in for Wickr, Mattermost, Matrix and Slack: a real HTTP server on loopback."));
		if (!simulator.running()) {
			add(new Paragraph("The simulator is not running: it runs only in the demo (default) profile."));
			return;
		}
		this.counters.setId("simulator-counters");
		add(this.counters, new H3("Faults"), faults(), rates(), new H3("Someone changes a setting in the backend"),
				directChange());
		refresh();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (!this.departmentWide) {
			event.rerouteToError(AccessDeniedException.class);
		}
	}

	private HorizontalLayout faults() {
		ComboBox<PlatformKind> platform = platformBox("fault-platform");
		ComboBox<Fault> fault = faultBox("fault-kind");
		IntegerField times = new IntegerField("For the next … requests");
		times.setId("fault-times");
		times.setValue(3);
		times.setMin(1);
		times.setMax(10_000);
		ComboBox<FaultSwitches.Scope> scope = new ComboBox<>("Requests");
		scope.setItems(FaultSwitches.Scope.values());
		scope.setValue(FaultSwitches.Scope.ALL);
		Button inject = new Button("Inject", (click) -> act(
				() -> this.simulator.inject(platform.getValue(), fault.getValue(), times.getValue(), scope.getValue()),
				"Fault injected.", fault, times, scope));
		inject.setId("inject-fault");
		IntegerField latency = new IntegerField("Latency (ms)");
		latency.setId("latency");
		latency.setValue(0);
		Button setLatency = new Button("Set latency",
				(click) -> act(() -> this.simulator.latency(platform.getValue(), Duration.ofMillis(latency.getValue())),
						"Latency set.", latency));
		Button clear = new Button("Clear all faults", (click) -> act(this.simulator::clear, "Faults cleared."));
		clear.setId("clear-faults");
		clear.addThemeVariants(ButtonVariant.LUMO_ERROR);
		return line(platform, fault, times, scope, inject, latency, setLatency, clear);
	}

	private HorizontalLayout rates() {
		ComboBox<PlatformKind> platform = platformBox("rate-platform");
		ComboBox<Fault> fault = faultBox("rate-kind");
		NumberField rate = new NumberField("Share of all requests (0 to 1)");
		rate.setId("fault-rate");
		rate.setValue(0.25);
		rate.setStep(0.05);
		Button set = new Button("Set rate",
				(click) -> act(() -> this.simulator.rate(platform.getValue(), fault.getValue(), rate.getValue()),
						"Fault rate set.", fault, rate));
		set.setId("set-rate");
		return line(platform, fault, rate, set);
	}

	private HorizontalLayout directChange() {
		ComboBox<PlatformKind> kind = new ComboBox<>("Backend");
		kind.setItems(PlatformKind.WICKR, PlatformKind.MATTERMOST, PlatformKind.MATRIX, PlatformKind.SLACK);
		kind.setItemLabelGenerator(PlatformKind::label);
		kind.setValue(PlatformKind.WICKR);
		TextField group = new TextField("Group id on the backend");
		group.setId("direct-group");
		group.setPlaceholder("sg-000001");
		IntegerField days = new IntegerField("Message lifetime (days)");
		days.setId("direct-days");
		days.setValue(1);
		days.setMin(1);
		Button change = new Button("Change in the backend",
				(click) -> act(
						() -> this.simulator.changeDirectly(kind.getValue(), group.getValue().strip(),
								new DeletionSettings(true, Duration.ofDays(days.getValue()), null, 0,
										kind.getValue() == PlatformKind.WICKR)),
						"Changed in the backend. The next sync will see the drift.", kind, group, days));
		change.setId("direct-change");
		return line(kind, group, days, change);
	}

	/** Which backend a fault hits; left empty, every backend. */
	private ComboBox<PlatformKind> platformBox(String id) {
		ComboBox<PlatformKind> platform = new ComboBox<>("Backend");
		platform.setId(id);
		platform.setItems(SimulatorControl.SIMULATED);
		platform.setItemLabelGenerator(PlatformKind::label);
		platform.setPlaceholder("Every backend");
		platform.setClearButtonVisible(true);
		return platform;
	}

	private ComboBox<Fault> faultBox(String id) {
		ComboBox<Fault> fault = new ComboBox<>("Fault");
		fault.setId(id);
		fault.setItems(Fault.values());
		fault.setValue(Fault.SERVER_ERROR);
		return fault;
	}

	/**
	 * Runs the action once every given field has a value; says what went wrong if not.
	 */
	private void act(Runnable action, String done, HasValue<?, ?>... required) {
		if (Arrays.stream(required).anyMatch(HasValue::isEmpty)) {
			Notification.show("Fill in every field first.");
			return;
		}
		try {
			action.run();
			Notification.show(done);
		}
		catch (ValidationException ex) {
			Notification.show(ex.getMessage());
		}
		refresh();
	}

	private void refresh() {
		this.simulator.status()
			.ifPresent((s) -> this.counters.setText("Listening at " + s.baseUri() + ". Served "
					+ Formats.number(s.counters().requests()) + " requests, applied "
					+ Formats.number(s.counters().writesApplied()) + " writes, answered "
					+ Formats.number(s.counters().replays()) + " retries from its idempotency cache, refused "
					+ Formats.number(s.counters().refusedCredentials()) + " credentials, threw "
					+ Formats.number(s.counters().faults()) + " faults; latency " + s.latency().toMillis() + " ms."));
	}

	private static HorizontalLayout line(com.vaadin.flow.component.Component... parts) {
		HorizontalLayout line = new HorizontalLayout(parts);
		line.setAlignItems(FlexComponent.Alignment.BASELINE);
		line.getStyle().set("flex-wrap", "wrap");
		return line;
	}

}
