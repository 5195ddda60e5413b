package gov.records.governance.capstone;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An NA-1005 form as read from NARA's data: its identity, approvals and scope, the
 * positions of each category, the category totals it states, and remarks on what was read
 * generously (a total that does not add up, a position without a number).
 */
public record Na1005Form(String number, @Nullable LocalDate received, @Nullable Integer totalAccounts, String agency,
		@Nullable String recordGroup, boolean superseding, @Nullable String previousNumber,
		@Nullable String itemsProposed, @Nullable String scope, @Nullable String cutoffInstructions,
		@Nullable String transferInstructions, @Nullable LocalDate officerApproval, @Nullable LocalDate seniorApproval,
		@Nullable LocalDate archivistApproval, List<DesignatedPosition> positions, Map<Integer, Integer> categoryTotals,
		List<String> remarks) {

	public Na1005Form {
		positions = List.copyOf(positions);
		categoryTotals = Map.copyOf(categoryTotals);
		remarks = List.copyOf(remarks);
	}

	/** The date NARA approved the form, from which its four years run. */
	public @Nullable LocalDate approved() {
		return (this.archivistApproval != null) ? this.archivistApproval : this.received;
	}

}
