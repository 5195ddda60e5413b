package gov.records.governance.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
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
 * one ("2026-12-02 05:58 UTC (00:58 EST)").
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
