package gov.records.governance.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One audit event as stored and exported, with its place in the chain. */
public record AuditRecord(long seq, Instant occurredAt, String actor, @Nullable String actorRole,
		@Nullable String orgScope, String action, @Nullable String targetType, @Nullable String targetId,
		@Nullable String before, @Nullable String after, @Nullable String reason, @Nullable String clientAddress,
		String prevHash, String hash) {
}
