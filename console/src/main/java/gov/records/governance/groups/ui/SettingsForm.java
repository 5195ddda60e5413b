package gov.records.governance.groups.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.capabilities.CaptureControl;
import gov.records.governance.groups.capabilities.PlatformCapabilities;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The deletion settings a platform administrator can change, in readable units, with the
 * reason that every change must carry. Given a platform's capabilities (DD043) it offers
 * only the controls that platform has and says, before any preview, which values it
 * accepts; without them (a bulk change over several platforms) it offers every control.
 * The service validates again; this form only shapes the values.
 */
class SettingsForm extends Composite<FormLayout> {

	private static final List<ChronoUnit> UNITS = List.of(ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS,
			ChronoUnit.YEARS);

	private final Checkbox autoDelete = new Checkbox("Auto-delete messages");

	private final IntegerField lifetime = new IntegerField("Maximum message lifetime");

	private final Select<ChronoUnit> lifetimeUnit = unitSelect();

	private final IntegerField burnOnRead = new IntegerField("Burn-on-read cap");

	private final Select<ChronoUnit> burnUnit = unitSelect();

	private final Select<Integer> shredder = new Select<>();

	private final Checkbox capture = new Checkbox("Capture messages for records");

	private final TextArea reason = new TextArea("Reason for the change");

	private final @Nullable Duration lifetimeValue;

	private final int shredderValue;

	SettingsForm(DeletionSettings current) {
		this(current, null, null);
	}

	/**
	 * A form with nothing chosen (the bulk change: no value is proposed for groups the
	 * user has not looked at, Found 10).
	 */
	static SettingsForm empty() {
		SettingsForm form = new SettingsForm(new DeletionSettings(false, null, null, 0, false));
		form.shredder.clear();
		form.shredder.setEmptySelectionAllowed(true);
		form.shredder.setEmptySelectionCaption("Not chosen");
		return form;
	}

	SettingsForm(DeletionSettings current, @Nullable String platformName, @Nullable PlatformCapabilities can) {
		this.autoDelete.setId("settings-auto-delete");
		this.lifetime.setId("settings-lifetime");
		this.lifetime.setMin(1);
		this.lifetimeUnit.setId("settings-lifetime-unit");
		this.burnOnRead.setId("settings-burn-on-read");
		this.burnOnRead.setMin(1);
		this.burnOnRead.setHelperText("Empty for none");
		this.shredder.setLabel("Shredder intensity");
		this.shredder.setItems(0, 20, 60, 100);
		this.shredder.setId("settings-shredder");
		this.capture.setId("settings-capture");
		this.reason.setId("settings-reason");
		this.reason.setRequired(true);
		this.reason.setMaxLength(2000);
		this.reason.setHelperText("Mandatory: it is recorded with the change and shown to inspectors.");
		this.lifetimeValue = current.maxLifetime();
		this.shredderValue = current.shredderIntensity();
		this.autoDelete.setValue(current.autoDelete());
		show(current.maxLifetime(), this.lifetime, this.lifetimeUnit);
		show(current.burnOnRead(), this.burnOnRead, this.burnUnit);
		this.shredder.setValue(current.shredderIntensity());
		this.capture.setValue(current.captureEnabled());
		this.autoDelete.addValueChangeListener((e) -> enableLifetime());
		enableLifetime();
		FormLayout form = getContent();
		if (can != null) {
			Paragraph allowed = new Paragraph(platformName + ": " + can.allowed());
			allowed.setId("platform-capabilities");
			form.add(allowed, 2);
			fit(can);
		}
		form.add(this.autoDelete, this.capture, new HorizontalLayout(this.lifetime, this.lifetimeUnit),
				new HorizontalLayout(this.burnOnRead, this.burnUnit), this.shredder);
		form.add(this.reason, 2);
	}

	/** Leaves out the controls the platform lacks and shows the range it accepts. */
	private void fit(PlatformCapabilities can) {
		if (!can.keepsForever()) {
			this.autoDelete.setValue(true);
			this.autoDelete.setReadOnly(true);
			this.autoDelete.setTooltipText(can.kind().label() + " messages always expire");
		}
		this.lifetime.setHelperText("Allowed: " + can.lifetimes().text());
		if (can.lifetimes().step().toDays() >= 1) {
			this.lifetimeUnit.setItems(List.of(ChronoUnit.DAYS, ChronoUnit.YEARS));
			// new items clear the value: a group kept for ever would show no unit
			this.lifetimeUnit.setValue(ChronoUnit.DAYS);
			show(this.lifetimeValue, this.lifetime, this.lifetimeUnit);
		}
		this.burnOnRead.setVisible(can.burnOnRead());
		this.burnUnit.setVisible(can.burnOnRead());
		if (!can.burnOnRead()) {
			this.burnOnRead.clear();
		}
		this.shredder.setVisible(can.shredder());
		if (can.shredder()) {
			this.shredder.setItems(can.shredderIntensities());
			this.shredder.setValue(this.shredderValue);
		}
		else {
			this.shredder.setValue(0);
		}
		this.capture.setVisible(can.capture() != CaptureControl.NONE);
		if (can.capture() == CaptureControl.NONE) {
			this.capture.setValue(false);
		}
		this.capture.setTooltipText((can.capture() == CaptureControl.NETWORK_WIDE)
				? "One switch for the whole network: turning it off here leaves it on"
				: "Recorded by the console; the platform's own export or a capture bot does the capturing");
	}

	DeletionSettings settings() {
		return new DeletionSettings(this.autoDelete.getValue(), duration(this.lifetime, this.lifetimeUnit),
				duration(this.burnOnRead, this.burnUnit),
				(this.shredder.getValue() != null) ? this.shredder.getValue() : 0, this.capture.getValue());
	}

	String reason() {
		return this.reason.getValue();
	}

	/** Runs {@code listener} whenever the user changes any field. */
	void addChangeListener(Runnable listener) {
		this.autoDelete.addValueChangeListener((e) -> listener.run());
		this.lifetime.addValueChangeListener((e) -> listener.run());
		this.lifetimeUnit.addValueChangeListener((e) -> listener.run());
		this.burnOnRead.addValueChangeListener((e) -> listener.run());
		this.burnUnit.addValueChangeListener((e) -> listener.run());
		this.shredder.addValueChangeListener((e) -> listener.run());
		this.capture.addValueChangeListener((e) -> listener.run());
		this.reason.addValueChangeListener((e) -> listener.run());
	}

	void showReasonError(@Nullable String message) {
		this.reason.setErrorMessage(message);
		this.reason.setInvalid(message != null);
	}

	private void enableLifetime() {
		this.lifetime.setEnabled(this.autoDelete.getValue());
		this.lifetimeUnit.setEnabled(this.autoDelete.getValue());
	}

	private static Select<ChronoUnit> unitSelect() {
		Select<ChronoUnit> unit = new Select<>();
		unit.setLabel("Unit");
		unit.setItems(UNITS);
		unit.setItemLabelGenerator((u) -> u.name().toLowerCase(java.util.Locale.ROOT));
		unit.setValue(ChronoUnit.DAYS);
		unit.setWidth("8rem");
		return unit;
	}

	private static void show(@Nullable Duration value, IntegerField field, Select<ChronoUnit> unit) {
		if (value == null) {
			return;
		}
		for (ChronoUnit u : UNITS.reversed()) {
			long size = (u == ChronoUnit.YEARS) ? Duration.ofDays(365).toSeconds() : u.getDuration().toSeconds();
			if (value.toSeconds() % size == 0 && value.toSeconds() / size <= Integer.MAX_VALUE) {
				field.setValue((int) (value.toSeconds() / size));
				unit.setValue(u);
				return;
			}
		}
	}

	private static @Nullable Duration duration(IntegerField field, Select<ChronoUnit> unit) {
		Integer value = field.getValue();
		if (value == null) {
			return null;
		}
		ChronoUnit u = (unit.getValue() != null) ? unit.getValue() : ChronoUnit.DAYS;
		return (u == ChronoUnit.YEARS) ? Duration.ofDays(365L * value) : Duration.of(value, u);
	}

}
