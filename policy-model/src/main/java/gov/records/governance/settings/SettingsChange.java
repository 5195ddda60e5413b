package gov.records.governance.settings;

import gov.records.governance.groups.DeletionSettings;
import org.jspecify.annotations.Nullable;

/**
 * A proposed change to one group's deletion settings: the group version it was made
 * against (a concurrent edit makes it stale), the settings wanted, and the reason
 * (mandatory).
 */
public record SettingsChange(long groupId, long expectedVersion, DeletionSettings settings, @Nullable String reason) {
}
