package gov.records.governance.settings;

import java.util.List;

/** What a bulk change did to each group, in one operation. */
public record BulkOutcome(int applied, int pendingApproval, int unchanged, List<ChangeOutcome> outcomes) {

	public BulkOutcome {
		outcomes = List.copyOf(outcomes);
	}

}
