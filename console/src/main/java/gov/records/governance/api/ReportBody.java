package gov.records.governance.api;

import gov.records.governance.reports.ReportRequest;
import gov.records.governance.reports.ReportType;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report request on the wire: {@code type}, {@code organizationId} and {@code asOf} are
 * required and refused by name when missing; the service checks the values.
 */
record ReportBody(@Nullable ReportType type, @Nullable Long organizationId, @Nullable Instant from,
		@Nullable Instant asOf, @Nullable String recommendation) {

	ReportRequest toRequest() {
		List<Problem> problems = new ArrayList<>();
		if (this.type == null) {
			problems.add(new Problem(0, "type", "required: one of " + List.of(ReportType.values())));
		}
		if (this.organizationId == null) {
			problems.add(new Problem(0, "organizationId", "required: the organization the report covers"));
		}
		if (this.asOf == null) {
			problems.add(new Problem(0, "asOf", "required: the moment the evidence is as of (ISO-8601)"));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return new ReportRequest(Objects.requireNonNull(this.type), Objects.requireNonNull(this.organizationId),
				this.from, Objects.requireNonNull(this.asOf), this.recommendation);
	}

}
