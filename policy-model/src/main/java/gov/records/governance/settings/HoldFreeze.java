package gov.records.governance.settings;

import gov.records.governance.compliance.Severity;
import gov.records.governance.compliance.rules.RuleInfo;
import gov.records.governance.groups.DeletionSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a hold freezes (domain rule 6, 36 CFR 1236.20(b)(7)): while a hold covers a group,
 * nothing that lets its messages be deleted sooner applies, whatever the approval state.
 * Each way a change can do that is named, so the refusal says exactly what was attempted.
 */
final class HoldFreeze {

	static final String LAW = "a legal hold freezes disposition (36 CFR 1236.20(b)(7)); deleting records a hold "
			+ "covers is unlawful destruction (36 CFR 1230.3)";

	/** The rule a freeze refusal cites, as audit events, previews and the API name it. */
	static final RuleInfo RULE = new RuleInfo("HOLD_FREEZE", Severity.CRITICAL, "Change frozen by an active legal hold",
			"While a hold is active nothing that lets held messages be deleted sooner applies: " + LAW + ".",
			"Keep the current settings until the hold is released, or make the change stricter.");

	private HoldFreeze() {
	}

	/**
	 * The ways the proposed settings let messages be deleted sooner than the current
	 * ones, in words; empty when they do not.
	 */
	static List<String> loosenings(DeletionSettings current, DeletionSettings proposed) {
		List<String> found = new ArrayList<>();
		if (proposed.autoDelete() && !current.autoDelete()) {
			found.add("turns auto-delete on (" + proposed.lifetimeText() + ")");
		}
		else if (proposed.autoDelete() && shorter(proposed.maxLifetime(), current.maxLifetime())) {
			found
				.add("shortens the message lifetime from " + current.lifetimeText() + " to " + proposed.lifetimeText());
		}
		if (shorter(proposed.burnOnRead(), current.burnOnRead())) {
			found.add("lowers burn-on-read from " + current.burnOnReadText() + " to " + proposed.burnOnReadText());
		}
		if (proposed.shredderIntensity() > current.shredderIntensity()) {
			found.add("raises shredding from " + current.shredderIntensity() + " to " + proposed.shredderIntensity());
		}
		if (current.captureEnabled() && !proposed.captureEnabled()) {
			found.add("turns capture off");
		}
		return found;
	}

	/** The sentence a refusal shows. */
	static String explanation(String groupName, Set<String> holds, List<String> loosenings) {
		return "Frozen by legal hold " + String.join(", ", holds) + ": on " + groupName + " this change "
				+ String.join(", ", loosenings) + ", and " + LAW + ". No approval lifts a hold; only its release does.";
	}

	/** A limit that is set and below the other (no limit counts as forever). */
	private static boolean shorter(@Nullable Duration after, @Nullable Duration before) {
		return after != null && (before == null || after.compareTo(before) < 0);
	}

}
