package gov.records.governance.connectors;

import gov.records.governance.platforms.PlatformKind;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backend as read at {@code fetchedAt}: its id and name, facts worth showing (access
 * level, global policy, ...), every group with its live settings, the account counts and
 * the capture state.
 */
public record PlatformStatus(PlatformKind kind, String externalId, String name, Map<String, String> facts,
		List<GroupStatus> groups, AccountCounts accounts, CaptureState capture, Instant fetchedAt) {

	public PlatformStatus {
		facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
		groups = List.copyOf(groups);
	}

}
