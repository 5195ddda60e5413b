package gov.records.governance.shared;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The retention a lock keeps: "PERMANENT" or an ISO period ("P7Y"), as stored; compared
 * with other retentions and with message lifetimes by days (DD052).
 */
public record LockedRetention(String text) {

	public static final String PERMANENT = "PERMANENT";

	/** What an officer typed, made canonical; throws with a reason when unreadable. */
	public static LockedRetention parse(@Nullable String typed) {
		String t = (typed != null) ? typed.strip().toUpperCase(Locale.ROOT) : "";
		if (t.equals(PERMANENT)) {
			return new LockedRetention(PERMANENT);
		}
		try {
			if (!t.startsWith("P") || RetentionPeriods.days(RetentionPeriods.parse(t)) <= 0) {
				throw new IllegalArgumentException(t);
			}
			return new LockedRetention(t);
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("\"" + ((typed != null) ? typed.strip() : "")
					+ "\" is not a retention: write PERMANENT or a period such as P7Y or P180D");
		}
	}

	/** The retention a schedule item sets: permanent, its minimum, or none (0 days). */
	public static double daysOf(@Nullable String disposition, @Nullable String minRetention) {
		if (PERMANENT.equals(disposition)) {
			return Double.POSITIVE_INFINITY;
		}
		return (minRetention == null || minRetention.isBlank()) ? 0
				: RetentionPeriods.days(RetentionPeriods.parse(minRetention));
	}

	public double days() {
		return PERMANENT.equals(this.text) ? Double.POSITIVE_INFINITY
				: RetentionPeriods.days(RetentionPeriods.parse(this.text));
	}

	/** Whether auto-deleting after {@code lifetime} keeps messages at least this long. */
	public boolean permitsDeletionAfter(@Nullable Duration lifetime) {
		return lifetime != null && !PERMANENT.equals(this.text) && lifetime.toSeconds() / 86_400.0 >= days();
	}

	/** "permanently", "7 years". */
	public String label() {
		return PERMANENT.equals(this.text) ? "permanently" : RetentionPeriods.label(RetentionPeriods.parse(this.text));
	}

}
