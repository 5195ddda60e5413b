package gov.records.governance.groups;

import gov.records.governance.shared.HumanDurations;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A group's deletion settings: whether messages auto-delete, the longest lifetime a
 * message may be given, the burn-on-read cap, the shredder intensity (0, 20, 60 or 100)
 * and whether messages are captured for records.
 */
public record DeletionSettings(boolean autoDelete, @Nullable Duration maxLifetime, @Nullable Duration burnOnRead,
		int shredderIntensity, boolean captureEnabled) {

	/** "7 days", or "Off" when messages do not auto-delete. */
	public String lifetimeText() {
		return this.autoDelete ? HumanDurations.format(this.maxLifetime, "No limit") : "Off";
	}

	public String burnOnReadText() {
		return HumanDurations.format(this.burnOnRead, "None");
	}

	/** One line for lists: "Auto-delete after 7 days, capture on". */
	public String summary() {
		String deletion = this.autoDelete ? "Auto-delete after " + lifetimeText() : "Kept (no auto-delete)";
		return deletion + ", capture " + (this.captureEnabled ? "on" : "off");
	}

}
