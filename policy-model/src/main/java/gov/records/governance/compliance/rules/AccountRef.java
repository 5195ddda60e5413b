package gov.records.governance.compliance.rules;

import gov.records.governance.groups.RoleCategory;

/** An account named in a finding's evidence (never its messages). */
public record AccountRef(long id, String displayName, RoleCategory roleCategory) {
}
