package gov.records.governance.reports;

import gov.records.governance.reports.evidence.DispositionElements;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A report of unauthorized disposition being prepared: the five elements, pre-filled from
 * the data and edited until a records officer signs it off.
 */
public record DispositionDraft(long id, long findingId, long organizationId, DispositionElements elements,
		String status, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
		@Nullable String signedOffBy, @Nullable Instant signedOffAt, @Nullable Long reportId, long version) {

	public boolean signed() {
		return "SIGNED".equals(this.status);
	}

}
