package gov.records.governance.schedules;

import java.time.Instant;

/** An assignment of a schedule item, with its target in words. */
public record AssignmentRow(long id, long itemId, String itemReference, AssignmentTarget targetKind, String target,
		Instant assignedAt, String assignedBy) {
}
