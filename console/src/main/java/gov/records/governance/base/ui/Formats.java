package gov.records.governance.base.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the console writes numbers and times: US digits, UTC times with the zone named. */
public final class Formats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private Formats() {
	}

	public static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.US).format(value);
	}

	public static String time(@Nullable Instant instant, String whenAbsent) {
		return (instant != null) ? TIME.format(instant) : whenAbsent;
	}

}
