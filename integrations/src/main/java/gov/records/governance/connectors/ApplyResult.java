package gov.records.governance.connectors;

import gov.records.governance.groups.DeletionSettings;
import java.util.List;

/**
 * What {@link BackendConnector#apply} left behind: the group's live settings afterwards,
 * whether they differed from the request before the call (so a write was sent), the
 * caller's token, and notes worth showing an administrator (a network-wide side effect,
 * capture requested but the customer-run bot not running).
 */
public record ApplyResult(String groupExternalId, DeletionSettings settings, boolean changed, String idempotencyToken,
		List<String> notes) {

	public ApplyResult {
		notes = List.copyOf(notes);
	}

}
