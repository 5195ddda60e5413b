package gov.records.governance.compliance;

import java.time.Duration;
import java.time.Instant;

/** What one run of the compliance engine looked at and changed. */
public record RunSummary(String trigger, Instant startedAt, Duration took, int groupsEvaluated, int findingsOpened,
		int findingsResolved, int openAfter) {
}
