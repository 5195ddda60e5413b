package gov.records.governance.groups;

import org.jspecify.annotations.Nullable;

/** An account as the group details view lists it. */
public record AccountRow(long id, String externalId, String displayName, @Nullable String positionTitle,
		RoleCategory roleCategory, boolean official, AccountStatus status) {
}
