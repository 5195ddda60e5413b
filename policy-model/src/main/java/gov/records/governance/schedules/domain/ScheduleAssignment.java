package gov.records.governance.schedules.domain;

import gov.records.governance.groups.RoleCategory;
import gov.records.governance.schedules.AssignmentTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A schedule item assigned to exactly one target: a group, an organization (inherited by
 * its subtree) or a role category. The database checks that exactly one target column is
 * set.
 */
@Entity
@Table(name = "schedule_assignment")
public class ScheduleAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "schedule_item_id")
	private long scheduleItemId;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_kind")
	private AssignmentTarget targetKind;

	@Column(name = "group_id")
	private @Nullable Long groupId;

	@Column(name = "organization_id")
	private @Nullable Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "role_category")
	private @Nullable RoleCategory roleCategory;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	@Column(name = "assigned_by")
	private String assignedBy;

	protected ScheduleAssignment() {
		this.targetKind = AssignmentTarget.GROUP;
		this.assignedAt = Instant.EPOCH;
		this.assignedBy = "";
	}

	private ScheduleAssignment(long scheduleItemId, AssignmentTarget targetKind, @Nullable Long groupId,
			@Nullable Long organizationId, @Nullable RoleCategory roleCategory, Instant assignedAt, String assignedBy) {
		this.scheduleItemId = scheduleItemId;
		this.targetKind = targetKind;
		this.groupId = groupId;
		this.organizationId = organizationId;
		this.roleCategory = roleCategory;
		this.assignedAt = assignedAt;
		this.assignedBy = assignedBy;
	}

	public static ScheduleAssignment toGroup(long itemId, long groupId, Instant at, String by) {
		return new ScheduleAssignment(itemId, AssignmentTarget.GROUP, groupId, null, null, at, by);
	}

	public static ScheduleAssignment toOrganization(long itemId, long organizationId, Instant at, String by) {
		return new ScheduleAssignment(itemId, AssignmentTarget.ORGANIZATION, null, organizationId, null, at, by);
	}

	public static ScheduleAssignment toRoleCategory(long itemId, RoleCategory category, Instant at, String by) {
		return new ScheduleAssignment(itemId, AssignmentTarget.ROLE_CATEGORY, null, null, category, at, by);
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getScheduleItemId() {
		return this.scheduleItemId;
	}

	public AssignmentTarget getTargetKind() {
		return this.targetKind;
	}

	public @Nullable Long getGroupId() {
		return this.groupId;
	}

	public @Nullable Long getOrganizationId() {
		return this.organizationId;
	}

	public @Nullable RoleCategory getRoleCategory() {
		return this.roleCategory;
	}

	public Instant getAssignedAt() {
		return this.assignedAt;
	}

	public String getAssignedBy() {
		return this.assignedBy;
	}

}
