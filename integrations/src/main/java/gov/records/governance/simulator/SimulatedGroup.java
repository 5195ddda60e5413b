package gov.records.governance.simulator;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;

/**
 * A group to seed: on Wickr a security group (any id), on Mattermost {@code team:<id>} or
 * {@code channel:<id>}, on Matrix a room id ({@code !id:server}); with its name, its
 * settings and how many accounts of each status it has (served as synthetic users).
 */
public record SimulatedGroup(PlatformKind kind, String externalId, String name, DeletionSettings settings,
		AccountCounts accounts) {

}
