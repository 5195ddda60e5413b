package gov.records.governance.groups;

import gov.records.governance.platforms.PlatformKind;

/**
 * One line of the Groups list: the group, where it lives, and its current deletion
 * settings.
 */
public record GroupRow(long id, String name, String externalId, long organizationId, String organizationName,
		long platformId, String platformName, PlatformKind platformKind, DeletionSettings settings) {
}
