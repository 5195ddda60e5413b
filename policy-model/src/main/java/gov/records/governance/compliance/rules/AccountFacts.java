package gov.records.governance.compliance.rules;

import gov.records.governance.groups.AccountStatus;
import gov.records.governance.groups.RoleCategory;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the rules know about an account on an unsanctioned platform, with the device
 * sightings behind it when a device inventory made it known (how many devices, last
 * seen).
 */
public record AccountFacts(long accountId, String displayName, RoleCategory roleCategory, long organizationId,
		long platformId, String platformName, AccountStatus status, boolean official, int devices,
		@Nullable Instant lastSeenOnDevice) {

	/** An account known otherwise than from a device inventory. */
	public AccountFacts(long accountId, String displayName, RoleCategory roleCategory, long organizationId,
			long platformId, String platformName, AccountStatus status, boolean official) {
		this(accountId, displayName, roleCategory, organizationId, platformId, platformName, status, official, 0, null);
	}

}
