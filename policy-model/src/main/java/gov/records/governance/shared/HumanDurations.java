package gov.records.governance.shared;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Formats durations the way records officers read them: "7 days", "12 hours", "1 year". A
 * duration is shown in the largest unit that divides it exactly, so "36 hours" is never
 * rounded to "1 day".
 */
public final class HumanDurations {

	private static final long MINUTE = 60;

	private static final long HOUR = 60 * MINUTE;

	private static final long DAY = 24 * HOUR;

	private static final long YEAR = 365 * DAY;

	private HumanDurations() {
	}

	/** The duration in words, or {@code whenAbsent} when there is none. */
	public static String format(@Nullable Duration duration, String whenAbsent) {
		if (duration == null) {
			return whenAbsent;
		}
		return format(duration.getSeconds());
	}

	public static String format(long seconds) {
		if (seconds == 0) {
			return "0 seconds";
		}
		if (seconds % YEAR == 0) {
			return plural(seconds / YEAR, "year");
		}
		if (seconds % DAY == 0) {
			return plural(seconds / DAY, "day");
		}
		if (seconds % HOUR == 0) {
			return plural(seconds / HOUR, "hour");
		}
		if (seconds % MINUTE == 0) {
			return plural(seconds / MINUTE, "minute");
		}
		return plural(seconds, "second");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

}
