package gov.records.governance.groups.capabilities;

import gov.records.governance.shared.HumanDurations;
import java.time.Duration;
import java.util.List;

/**
 * The message lifetimes a platform accepts: either a range from {@code min} to
 * {@code max} in whole multiples of {@code step}, or, when {@code choices} is not empty,
 * exactly one of those.
 */
public record LifetimeRange(Duration min, Duration max, Duration step, String stepName, List<Duration> choices) {

	/** The shortest lifetime the console accepts on any platform. */
	public static final Duration SHORTEST = Duration.ofMinutes(1);

	/**
	 * The longest: beyond 25 years, keeping messages (auto-delete off) is the honest
	 * setting.
	 */
	public static final Duration LONGEST = Duration.ofDays(25 * 365 + 6);

	public LifetimeRange {
		choices = List.copyOf(choices);
	}

	static LifetimeRange between(Duration min, Duration max, Duration step, String stepName) {
		return new LifetimeRange(min, max, step, stepName, List.of());
	}

	static LifetimeRange oneOf(List<Duration> choices) {
		return new LifetimeRange(choices.getFirst(), choices.getLast(), Duration.ofSeconds(1), "seconds", choices);
	}

	/** Whether the platform accepts this lifetime. */
	public boolean accepts(Duration lifetime) {
		if (!this.choices.isEmpty()) {
			return this.choices.contains(lifetime);
		}
		return lifetime.compareTo(this.min) >= 0 && lifetime.compareTo(this.max) <= 0
				&& lifetime.toNanos() % this.step.toNanos() == 0;
	}

	/** "1 minute to 365 days, in whole seconds", or "24 hours, 7 days or 90 days". */
	public String text() {
		if (!this.choices.isEmpty()) {
			List<String> names = this.choices.stream().map((d) -> HumanDurations.format(d, "")).toList();
			return (names.size() == 1) ? names.getFirst()
					: String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
		}
		// the console's own bound counts the leap days in: say it the way people do
		String upper = this.max.equals(LONGEST) ? "25 years" : HumanDurations.format(this.max, "");
		return HumanDurations.format(this.min, "") + " to " + upper + ", in whole " + this.stepName;
	}

}
