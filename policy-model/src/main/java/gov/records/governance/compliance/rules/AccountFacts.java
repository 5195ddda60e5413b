package gov.records.governance.compliance.rules;

import gov.records.governance.groups.AccountStatus;
import gov.records.governance.groups.RoleCategory;

/** What the rules know about an account on an unsanctioned platform. */
public record AccountFacts(long accountId, String displayName, RoleCategory roleCategory, long organizationId,
		long platformId, String platformName, AccountStatus status, boolean official) {
}
