package gov.records.governance.schedules;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An assignment of a schedule item, with its target in words; {@code groupId} for a
 * group, {@code organizationId} for an organization or a group's organization, neither
 * for a role category.
 */
public record AssignmentRow(long id, long itemId, String itemReference, AssignmentTarget targetKind, String target,
		Instant assignedAt, String assignedBy, @Nullable Long groupId, @Nullable Long organizationId) {
}
