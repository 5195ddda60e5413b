package gov.records.governance.reports.evidence;

import gov.records.governance.reports.ReportType;
import java.time.Instant;
import java.util.SequencedMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything a report's content depends on, validated by the report service.
 *
 * @param type the report type
 * @param scope the organization subtree
 * @param from the start of the period (exclusive)
 * @param asOf the end of the period, the moment the evidence is as of
 * @param parameters the request as shown in the report
 * @param recommendation the inspector general's recommendation (remediation evidence)
 * @param disposition the signed-off draft (unauthorized-disposition report)
 * @param generatedAt when it is made
 */
public record ReportSpec(ReportType type, ReportScope scope, Instant from, Instant asOf,
		SequencedMap<String, String> parameters, @Nullable String recommendation,
		@Nullable SignedDisposition disposition, Instant generatedAt) {

	/** A signed-off disposition draft and what it is about. */
	public record SignedDisposition(long findingId, @Nullable Long groupId, DispositionElements elements,
			String signedOffBy, Instant signedOffAt) {
	}

}
