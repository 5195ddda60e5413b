package gov.records.governance.schedules;

import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.holds.HoldCoverage;
import gov.records.governance.schedules.domain.ScheduleAssignment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * A hold freezes disposition (domain rule 6, DD024): an assignment that reaches a group
 * an active hold covers is not removed, and an item assigned there is not ended, until
 * the hold is released.
 */
@Component
class HeldAssignments {

	private static final String LAW = "a hold freezes disposition (36 CFR 1236.20(b)(7))";

	private final HoldCoverage holds;

	private final AuditService audit;

	HeldAssignments(HoldCoverage holds, AuditService audit) {
		this.holds = holds;
		this.audit = audit;
	}

	/** Refuses removing this assignment while a hold covers a group it reaches. */
	void refuseRemoval(ScheduleAssignment assignment) {
		Map<Long, Set<String>> held = this.holds.on(reached(assignment));
		if (!held.isEmpty()) {
			Set<String> by = names(held);
			refused("schedule_assignment", String.valueOf(assignment.getId()), "remove the assignment", by);
			throw new FrozenByHoldException("Refused: legal hold " + String.join(", ", by) + " covers " + held.size()
					+ " group(s) this assignment reaches, and " + LAW
					+ ": the assignment stays until the hold is released.", List.copyOf(by));
		}
	}

	/**
	 * Refuses ending an item (retiring, superseding) while a hold covers a group it
	 * applies to.
	 */
	void refuseEnding(String item, LocalDate end, List<ScheduleAssignment> assignments) {
		List<Long> reached = new ArrayList<>();
		assignments.forEach((a) -> reached.addAll(reached(a)));
		Map<Long, Set<String>> held = this.holds.on(reached);
		if (!held.isEmpty()) {
			Set<String> by = names(held);
			throw new FrozenByHoldException(
					"Refused: legal hold " + String.join(", ", by) + " covers " + held.size() + " group(s) " + item
							+ " applies to, and " + LAW + ": the item stays in force until the hold is " + "released.",
					List.copyOf(by));
		}
	}

	private List<Long> reached(ScheduleAssignment a) {
		return switch (a.getTargetKind()) {
			case GROUP -> List.of(Objects.requireNonNull(a.getGroupId()));
			case ORGANIZATION -> this.holds.groupsIn(Objects.requireNonNull(a.getOrganizationId()));
			case ROLE_CATEGORY -> this.holds.groupsWithRoleCategory(Objects.requireNonNull(a.getRoleCategory()).name());
		};
	}

	/**
	 * The refusal is audited like a refused settings change (the caller's transaction
	 * keeps it: nothing else was written).
	 */
	private void refused(String type, String id, String attempted, Set<String> by) {
		this.audit.record(AuditEntry.of("schedule.change.refused", type, id)
			.withAfter(Map.of("rule", "HOLD_FREEZE", "holds", List.copyOf(by), "attempted", attempted)));
	}

	private static Set<String> names(Map<Long, Set<String>> held) {
		Set<String> by = new TreeSet<>();
		held.values().forEach(by::addAll);
		return by;
	}

}
