package gov.records.governance.reports.evidence;

/**
 * The five elements of a report of unauthorized disposition (36 CFR 1230.14).
 *
 * @param records a complete description of the records, with their volume and dates
 * @param office the office maintaining the records
 * @param circumstances the exact circumstances of the disposition
 * @param safeguards the safeguards now in place against recurrence
 * @param recovery the steps taken to salvage, retrieve or reconstruct the records
 */
public record DispositionElements(String records, String office, String circumstances, String safeguards,
		String recovery) {

	public DispositionElements {
		records = records.strip();
		office = office.strip();
		circumstances = circumstances.strip();
		safeguards = safeguards.strip();
		recovery = recovery.strip();
	}

}
