package gov.records.governance.audit;

import org.jspecify.annotations.Nullable;

/**
 * What a service asks the audit log to record: the action ("schedule.item.updated"), its
 * target, the state before and after (records or maps, written as JSON), and the reason
 * given.
 */
public record AuditEntry(String action, @Nullable String targetType, @Nullable String targetId, @Nullable Object before,
		@Nullable Object after, @Nullable String reason) {

	public static AuditEntry of(String action, String targetType, Object targetId) {
		return new AuditEntry(action, targetType, String.valueOf(targetId), null, null, null);
	}

	public AuditEntry withBefore(@Nullable Object state) {
		return new AuditEntry(this.action, this.targetType, this.targetId, state, this.after, this.reason);
	}

	public AuditEntry withAfter(@Nullable Object state) {
		return new AuditEntry(this.action, this.targetType, this.targetId, this.before, state, this.reason);
	}

	public AuditEntry withReason(@Nullable String text) {
		return new AuditEntry(this.action, this.targetType, this.targetId, this.before, this.after, text);
	}

}
