package gov.records.governance.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the console writes numbers and times: US digits; every time in one format, UTC with
 * the zone named, and the viewer's own zone beside it when the browser reports another
 * one ("2026-12-02 05:58 UTC (00:58 EST)"). Date and date-time pickers show the same
 * format (ISO dates, 24-hour times, in UTC) and a date-time picker says under it what the
 * chosen moment is in the viewer's zone (DD065).
 */
public final class Formats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOCAL_SAME_DAY = DateTimeFormatter.ofPattern("HH:mm z", Locale.US);

	private static final DateTimeFormatter LOCAL_OTHER_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z",
			Locale.US);

	private Formats() {
	}

	public static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.US).format(value);
	}

	/** The time in UTC, with the viewer's local time beside it when that zone differs. */
	public static String time(@Nullable Instant instant, String whenAbsent) {
		return (instant != null) ? time(instant, viewerZone().orElse(null)) : whenAbsent;
	}

	/** The time in UTC, and in the given zone beside it when that is not UTC. */
	public static String time(Instant instant, @Nullable ZoneId local) {
		String utc = TIME.format(instant);
		if (local == null || local.getRules().getOffset(instant).getTotalSeconds() == 0) {
			return utc;
		}
		ZonedDateTime there = instant.atZone(local);
		boolean sameDay = there.toLocalDate().equals(instant.atZone(ZoneOffset.UTC).toLocalDate());
		return utc + " (" + (sameDay ? LOCAL_SAME_DAY : LOCAL_OTHER_DAY).format(there) + ")";
	}

	/**
	 * A date picker that writes dates as the grids do (2026-12-02) and still reads the US
	 * form someone may type (12/2/2026).
	 */
	public static DatePicker datePicker(DatePicker picker) {
		DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
		i18n.setDateFormats("yyyy-MM-dd", "M/d/yyyy");
		i18n.setFirstDayOfWeek(1);
		picker.setI18n(i18n);
		return picker;
	}

	/**
	 * A date-time picker for a moment in UTC: ISO date, 24-hour time, and under it the
	 * chosen moment in the viewer's own zone when that is not UTC ("Your time: 00:58
	 * EST").
	 */
	public static DateTimePicker utcPicker(DateTimePicker picker) {
		DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
		i18n.setDateFormats("yyyy-MM-dd", "M/d/yyyy");
		i18n.setFirstDayOfWeek(1);
		// the time part follows the locale: the UK's writes 24-hour times
		picker.setLocale(Locale.UK);
		picker.setDatePickerI18n(i18n);
		Optional<ZoneId> zone = viewerZone();
		picker.addValueChangeListener((e) -> picker.setHelperText(yourTime(e.getValue(), zone.orElse(null))));
		picker.setHelperText(yourTime(picker.getValue(), zone.orElse(null)));
		return picker;
	}

	/**
	 * For text that keeps its times in UTC (a draft that is signed and sent on): the
	 * viewer's offset from UTC now, or null when the viewer is on UTC.
	 */
	public static @Nullable String zoneNote() {
		return viewerZone().map((zone) -> zoneNote(Instant.now(), zone)).orElse(null);
	}

	static @Nullable String zoneNote(Instant now, ZoneId zone) {
		ZoneOffset offset = zone.getRules().getOffset(now);
		if (offset.getTotalSeconds() == 0) {
			return null;
		}
		return "Times are in UTC; your time is UTC" + offset.getId().replace("-", "\u2212") + " ("
				+ DateTimeFormatter.ofPattern("z", Locale.US).format(now.atZone(zone)) + ")";
	}

	/** "Your time: …" for a UTC wall-clock value, or null when the viewer is on UTC. */
	static @Nullable String yourTime(@Nullable LocalDateTime utc, @Nullable ZoneId local) {
		if (utc == null || local == null) {
			return null;
		}
		Instant instant = utc.toInstant(ZoneOffset.UTC);
		String both = time(instant, local);
		int open = both.indexOf(" (");
		return (open < 0) ? null : "Your time: " + both.substring(open + 2, both.length() - 1);
	}

	/** Only UTC, for file names and machine-readable exports. */
	public static String utc(Instant instant) {
		return TIME.format(instant);
	}

	/** The zone the viewer's browser reports, when there is a current UI that told us. */
	public static Optional<ZoneId> viewerZone() {
		UI ui = UI.getCurrent();
		if (ui == null) {
			return Optional.empty();
		}
		try {
			ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
			String id = (details != null) ? details.getTimeZoneId() : null;
			return (id == null || id.isBlank()) ? Optional.empty() : Optional.of(ZoneId.of(id));
		}
		catch (DateTimeException | IllegalStateException ex) {
			return Optional.empty();
		}
	}

}
