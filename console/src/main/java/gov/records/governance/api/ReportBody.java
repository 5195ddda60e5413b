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

	/** Before the first messaging app, after any date a report can be about. */
	private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private static final String RANGE = "must lie between 1970-01-01 and 9999-12-31";

	private static boolean outOfRange(Instant at) {
		return at.isBefore(EARLIEST) || at.isAfter(LATEST);
	}

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
		else if (outOfRange(this.asOf)) {
			problems.add(new Problem(0, "asOf", RANGE));
		}
		if (this.from != null && outOfRange(this.from)) {
			problems.add(new Problem(0, "from", RANGE));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return new ReportRequest(Objects.requireNonNull(this.type), Objects.requireNonNull(this.organizationId),
				this.from, Objects.requireNonNull(this.asOf), this.recommendation);
	}

}
