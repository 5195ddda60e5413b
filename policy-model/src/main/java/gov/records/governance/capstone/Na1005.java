package gov.records.governance.capstone;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The fields of an approved NA-1005 form, spelled exactly as NARA publishes them (one
 * JSON object or CSV row per form).
 */
final class Na1005 {

	static final String NUMBER = "Number";

	static final String RECEIVED = "Received Date";

	static final String TOTAL = "Total Accounts";

	static final String AGENCY = "Name of Agency to Which this Form Applies";

	static final String RECORD_GROUP = "Record Group Number";

	static final String SUPERSEDING = "Superseding a Previous Submission";

	static final String PREVIOUS = "Previous Tracking Number";

	static final String ITEMS = "GRS 6.1 Item(s) Proposed for Use";

	static final String SCOPE = "Implementation Scope for this Submission";

	static final String CUTOFF = "Cutoff Instructions";

	static final String TRANSFER = "Transfer Instructions";

	static final String OFFICER_APPROVAL = "Agency Records Officer Approval Date";

	static final String SENIOR_APPROVAL = "Senior Agency Official Approval Date";

	static final String ARCHIVIST_APPROVAL = "Chief Records Officer for the U.S. Approval Date";

	static final int CATEGORIES = 10;

	private Na1005() {
	}

	static String positions(int category) {
		return "Category " + category + " Position Title/Role and Number of Accounts";
	}

	static String categoryTotal(int category) {
		return "Category " + category + " Total Accounts";
	}

	/** Every field in NARA's order, for writing a CSV header. */
	static List<String> fields() {
		List<String> head = List.of(NUMBER, RECEIVED, TOTAL, AGENCY, RECORD_GROUP, SUPERSEDING, PREVIOUS, ITEMS, SCOPE,
				CUTOFF, TRANSFER);
		List<String> categories = IntStream.rangeClosed(1, CATEGORIES)
			.boxed()
			.flatMap((n) -> java.util.stream.Stream.of(positions(n), categoryTotal(n)))
			.toList();
		return java.util.stream.Stream
			.of(head, categories, List.of(OFFICER_APPROVAL, SENIOR_APPROVAL, ARCHIVIST_APPROVAL))
			.flatMap(List::stream)
			.toList();
	}

}
