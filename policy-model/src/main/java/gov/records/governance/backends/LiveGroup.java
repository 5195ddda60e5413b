package gov.records.governance.backends;

import gov.records.governance.groups.DeletionSettings;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One group as its backend reports it: its id there, its name, its live deletion
 * settings, its account counts where the backend gives them, and the backend's own
 * last-modified time where it keeps one.
 */
public record LiveGroup(String externalId, String name, DeletionSettings settings, @Nullable Long active,
		@Nullable Long pending, @Nullable Long suspended, @Nullable Instant modified) {

}
