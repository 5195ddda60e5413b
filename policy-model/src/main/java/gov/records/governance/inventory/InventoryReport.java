package gov.records.governance.inventory;

import java.util.List;
import java.util.Map;

/**
 * What an inventory import found and did: rows read, sightings of unsanctioned messaging
 * apps (in all and per app), rows about other apps (ignored), accounts made known on the
 * apps' platforms and accounts whose status changed, and the users the console could not
 * match to a known person (or who are outside the importer's scope), which were skipped.
 */
public record InventoryReport(String fileName, int rowsRead, int sightings, Map<String, Integer> sightingsByApp,
		int otherApps, int accountsCreated, int accountsUpdated, int unmatchedUsers, List<String> unmatchedSample,
		int outOfScope) {

	public InventoryReport {
		sightingsByApp = Map.copyOf(sightingsByApp);
		unmatchedSample = List.copyOf(unmatchedSample);
	}

}
