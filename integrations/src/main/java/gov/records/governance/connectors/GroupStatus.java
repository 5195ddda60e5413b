package gov.records.governance.connectors;

import gov.records.governance.groups.DeletionSettings;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One group as the backend has it now: its id on the platform (Wickr security group id,
 * {@code team:<id>} or {@code channel:<id>} on Mattermost, a Matrix room id), its name,
 * its live deletion settings, its accounts when the platform says (else {@code null}) and
 * the backend's last-modified time when it keeps one (Wickr's {@code modified}).
 */
public record GroupStatus(String externalId, String name, DeletionSettings settings, @Nullable AccountCounts accounts,
		@Nullable Instant modified) {

}
