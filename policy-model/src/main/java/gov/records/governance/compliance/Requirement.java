package gov.records.governance.compliance;

import gov.records.governance.schedules.Disposition;
import gov.records.governance.shared.RetentionPeriods;
import java.time.Duration;
import java.time.Period;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * How long a group's messages must be kept: frozen by a hold, permanent, unscheduled
 * (which the law treats as permanent, 36 CFR 1220.18), a minimum period, or no minimum
 * (transitory records, kept only while needed). Ordered from the least to the most
 * demanding by {@link #STRICTNESS}.
 */
public record Requirement(Kind kind, @Nullable Period period) {

	/** The kinds of requirement, from the most to the least demanding. */
	public enum Kind {

		HOLD, PERMANENT, UNSCHEDULED, PERIOD, NO_MINIMUM

	}

	public static final Requirement HOLD = new Requirement(Kind.HOLD, null);

	public static final Requirement PERMANENT = new Requirement(Kind.PERMANENT, null);

	public static final Requirement UNSCHEDULED = new Requirement(Kind.UNSCHEDULED, null);

	public static final Requirement NO_MINIMUM = new Requirement(Kind.NO_MINIMUM, null);

	/** Orders requirements by how long they keep messages: a hold beats everything. */
	public static final Comparator<Requirement> STRICTNESS = Comparator.comparingLong(Requirement::rank);

	/**
	 * Days assumed per year and month when periods are compared with message lifetimes.
	 */
	private static final double DAYS_PER_YEAR = 365.25;

	public Requirement {
		if ((kind == Kind.PERIOD) != (period != null)) {
			throw new IllegalArgumentException("A period requirement needs a period, and only it");
		}
	}

	public static Requirement period(Period period) {
		return new Requirement(Kind.PERIOD, period);
	}

	/**
	 * The requirement a schedule item sets: its disposition and its ISO-8601 minimum
	 * retention.
	 */
	public static Requirement of(Disposition disposition, @Nullable String minRetention) {
		if (disposition == Disposition.PERMANENT) {
			return PERMANENT;
		}
		return (minRetention == null || minRetention.isBlank()) ? NO_MINIMUM : period(parse(minRetention));
	}

	/** Parses a retention period: {@code P7Y}, {@code P180D} or "7 years". */
	public static Period parse(String text) {
		return RetentionPeriods.parse(text);
	}

	/**
	 * The minimum retention as days, for comparison; unbounded kinds count as forever.
	 */
	public double days() {
		return switch (this.kind) {
			case HOLD, PERMANENT, UNSCHEDULED -> Double.POSITIVE_INFINITY;
			case PERIOD -> daysOf(this.period);
			case NO_MINIMUM -> 0;
		};
	}

	/**
	 * Whether messages may be deleted after {@code lifetime} without breaking this
	 * requirement; a null lifetime with auto-delete on means users may pick any timer, so
	 * it permits nothing beyond "no minimum".
	 */
	public boolean permitsDeletionAfter(@Nullable Duration lifetime) {
		if (this.kind == Kind.NO_MINIMUM) {
			return true;
		}
		if (lifetime == null || this.kind != Kind.PERIOD) {
			return false;
		}
		return lifetime.toSeconds() / 86_400.0 >= days();
	}

	/** "Permanent", "7 years", "Frozen by a legal hold", ... */
	public String label() {
		return switch (this.kind) {
			case HOLD -> "Frozen by a legal hold";
			case PERMANENT -> "Permanent";
			case UNSCHEDULED -> "Permanent (unscheduled)";
			case NO_MINIMUM -> "No minimum (destroy when no longer needed)";
			case PERIOD -> periodText(this.period);
		};
	}

	private long rank() {
		return switch (this.kind) {
			case HOLD -> Long.MAX_VALUE;
			case PERMANENT, UNSCHEDULED -> Long.MAX_VALUE - 1;
			case PERIOD -> Math.round(daysOf(this.period));
			case NO_MINIMUM -> -1;
		};
	}

	private static double daysOf(@Nullable Period period) {
		return RetentionPeriods.days(period);
	}

	private static String periodText(@Nullable Period p) {
		return (p != null) ? RetentionPeriods.label(p) : "";
	}

}
