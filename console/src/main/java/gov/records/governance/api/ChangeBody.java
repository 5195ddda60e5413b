package gov.records.governance.api;

import gov.records.governance.settings.SettingsChange;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A proposed change on the wire. Every field may be absent in JSON, so each one is
 * checked here and a missing one is refused by name (400); the service then checks the
 * values as it does for the console.
 */
record ChangeBody(@Nullable Long expectedVersion, @Nullable SettingsBody settings, @Nullable String reason) {

	/** The change for the group, or every missing field. */
	SettingsChange toChange(long groupId) {
		List<Problem> problems = new ArrayList<>();
		if (this.expectedVersion == null) {
			problems.add(new Problem(0, "expectedVersion",
					"required: the group's version as read from GET /api/groups/{id}"));
		}
		if (this.settings == null) {
			problems.add(new Problem(0, "settings", "required"));
		}
		else {
			problems.addAll(this.settings.missing("settings."));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return new SettingsChange(groupId, Objects.requireNonNull(this.expectedVersion),
				Objects.requireNonNull(this.settings).toSettings(), this.reason);
	}

}
