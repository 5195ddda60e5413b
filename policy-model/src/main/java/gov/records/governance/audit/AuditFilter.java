package gov.records.governance.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the audit log view is filtered by; every part optional. */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String target,
		@Nullable Instant from, @Nullable Instant to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

}
