package gov.records.governance.capstone;

import java.util.Set;

/**
 * Published after accounts were designated Capstone (or a suggestion confirmed), naming
 * the accounts, so that compliance re-evaluates their groups and the reconciliation.
 */
public record DesignationsChanged(String what, Set<Long> accountIds) {

	public DesignationsChanged {
		accountIds = Set.copyOf(accountIds);
	}

}
