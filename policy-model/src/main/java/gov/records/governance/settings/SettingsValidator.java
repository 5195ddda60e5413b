package gov.records.governance.settings;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.capabilities.LifetimeRange;
import gov.records.governance.shared.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a proposed change field by field: a reason is mandatory; with auto-delete on,
 * the maximum lifetime is required, at least one minute and at most 25 years; a
 * burn-on-read cap is positive and never beyond the lifetime; the shredder intensity is
 * 0, 20, 60 or 100.
 */
final class SettingsValidator {

	static final Duration MIN_LIFETIME = LifetimeRange.SHORTEST;

	static final Duration MAX_LIFETIME = LifetimeRange.LONGEST;

	private static final Set<Integer> SHREDDER = Set.of(0, 20, 60, 100);

	private SettingsValidator() {
	}

	static List<Problem> check(DeletionSettings s, @Nullable String reason) {
		List<Problem> problems = new ArrayList<>();
		if (reason == null || reason.isBlank()) {
			problems.add(new Problem(0, "reason", "required: say why the settings change"));
		}
		else if (reason.length() > 2000) {
			problems.add(new Problem(0, "reason", "at most 2000 characters"));
		}
		Duration lifetime = s.maxLifetime();
		if (s.autoDelete()) {
			if (lifetime == null) {
				problems.add(new Problem(0, "maxLifetime", "required when auto-delete is on"));
			}
			else if (lifetime.isZero() || lifetime.isNegative()) {
				problems.add(new Problem(0, "maxLifetime", "must be longer than zero"));
			}
			else if (lifetime.compareTo(MIN_LIFETIME) < 0) {
				problems.add(new Problem(0, "maxLifetime", "at least one minute"));
			}
			else if (lifetime.compareTo(MAX_LIFETIME) > 0) {
				problems.add(new Problem(0, "maxLifetime",
						"more than 25 years is not a plausible lifetime; turn auto-delete off to keep messages"));
			}
		}
		Duration burn = s.burnOnRead();
		if (burn != null) {
			if (burn.isZero() || burn.isNegative()) {
				problems.add(new Problem(0, "burnOnRead", "must be longer than zero, or empty for none"));
			}
			else if (s.autoDelete() && lifetime != null && burn.compareTo(lifetime) > 0) {
				problems.add(new Problem(0, "burnOnRead", "cannot exceed the maximum lifetime"));
			}
		}
		if (!SHREDDER.contains(s.shredderIntensity())) {
			problems.add(new Problem(0, "shredderIntensity", "must be 0, 20, 60 or 100"));
		}
		return problems;
	}

	/** Turns auto-delete on, or shortens the lifetime (no limit counts as forever). */
	static boolean loosens(DeletionSettings current, DeletionSettings proposed) {
		if (!proposed.autoDelete()) {
			return false;
		}
		if (!current.autoDelete()) {
			return true;
		}
		Duration before = current.maxLifetime();
		Duration after = proposed.maxLifetime();
		if (after == null) {
			return false;
		}
		return before == null || after.compareTo(before) < 0;
	}

	/** Settings as stored: without auto-delete there is no lifetime. */
	static DeletionSettings normalized(DeletionSettings s) {
		return s.autoDelete() ? s
				: new DeletionSettings(false, null, s.burnOnRead(), s.shredderIntensity(), s.captureEnabled());
	}

}
