package gov.records.governance.schedules;

import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.groups.GroupService;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.locks.RetentionLocks;
import gov.records.governance.shared.RetentionLockedException;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.schedules.domain.ScheduleAssignment;
import gov.records.governance.schedules.domain.ScheduleAssignments;
import gov.records.governance.schedules.domain.ScheduleItem;
import gov.records.governance.schedules.domain.ScheduleItems;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records schedules: reading and exporting them (every role), editing, importing and
 * assigning them (records officers). Every write validates everything first and writes
 * all or nothing.
 */
@Service
@Transactional(readOnly = true)
public class ScheduleService {

	private static final String OFFICER = "hasRole('RECORDS_OFFICER')";

	private final ScheduleReads reads;

	private final ScheduleWriter writer;

	private final ScheduleItems items;

	private final ScheduleAssignments assignments;

	private final GroupService groups;

	private final OrganizationService organizations;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final HeldAssignments held;

	private final ScheduleItemEditor editor;

	private final OfficerFields officerFields;

	private final RetentionLocks locks;

	ScheduleService(ScheduleReads reads, ScheduleWriter writer, ScheduleItems items, ScheduleAssignments assignments,
			GroupService groups, OrganizationService organizations, AuditService audit,
			ApplicationEventPublisher events, Clock clock, HeldAssignments held, ScheduleItemEditor editor,
			OfficerFields officerFields, RetentionLocks locks) {
		this.locks = locks;
		this.held = held;
		this.editor = editor;
		this.officerFields = officerFields;
		this.reads = reads;
		this.writer = writer;
		this.items = items;
		this.assignments = assignments;
		this.groups = groups;
		this.organizations = organizations;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<ScheduleItemRow> items() {
		return this.reads.items();
	}

	/**
	 * The items in force on a past date (effective from it or before, not yet ended: the
	 * compliance engine's own condition), from the effective dates every item keeps
	 * (issue 14, build 4; DD066).
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<ScheduleItemRow> itemsInForceOn(LocalDate date) {
		return items().stream()
			.filter((i) -> !i.effectiveFrom().isAfter(date)
					&& (i.effectiveTo() == null || i.effectiveTo().isAfter(date)))
			.toList();
	}

	@PreAuthorize(AppRoles.ANY_ROLE)
	public Optional<ScheduleItemRow> item(long id) {
		return this.reads.item(id);
	}

	/**
	 * Items assigned directly to organizations, by organization id (inherited by their
	 * subtrees).
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public Map<Long, List<String>> organizationAssignments() {
		return this.reads.organizationAssignments();
	}

	/** The item's assignments whose targets lie in the caller's organizations. */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<AssignmentRow> assignments(long itemId) {
		return this.reads.assignments(itemId, this.organizations.currentScope());
	}

	/**
	 * Creates or edits one item. Refused with every problem, or as stale if someone saved
	 * first; the fields the officer set are kept by later imports.
	 */
	@Transactional(noRollbackFor = { FrozenByHoldException.class, RetentionLockedException.class })
	@PreAuthorize(OFFICER)
	public ScheduleItemRow save(ScheduleItemDraft draft) {
		return this.editor.save(draft);
	}

	/**
	 * Ends an item on a date (default today), replaced by another item ("GRS 6.1 / 011").
	 * Refused while a legal hold covers a group the item applies to.
	 */
	@Transactional(noRollbackFor = { FrozenByHoldException.class, RetentionLockedException.class })
	@PreAuthorize(OFFICER)
	public ScheduleItemRow supersede(long id, long version, @Nullable String successor, @Nullable LocalDate on) {
		return this.editor.supersede(id, version, successor, on);
	}

	/**
	 * Ends an item on a date (default today) with no successor. Refused while a legal
	 * hold covers a group the item applies to.
	 */
	@Transactional(noRollbackFor = { FrozenByHoldException.class, RetentionLockedException.class })
	@PreAuthorize(OFFICER)
	public ScheduleItemRow retire(long id, long version, @Nullable LocalDate on) {
		return this.editor.retire(id, version, on);
	}

	/**
	 * Imports a CSV (the console's layout or NARA's GRS layout) or JSON file. Every row
	 * is checked first; with any problem nothing is written and every problem is
	 * reported.
	 */
	@Transactional(noRollbackFor = RetentionLockedException.class)
	@PreAuthorize(OFFICER)
	public ImportReport importFile(String filename, byte[] content) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<ScheduleItemRow> existing = this.reads.items();
		ScheduleImport.Checked checked = ScheduleImport.check(filename, content, existing, today);
		List<KeptField> kept = new ArrayList<>();
		List<ScheduleItemDraft> drafts = keepOfficerFields(checked.drafts(), existing, kept);
		refuseLockedLoosening(drafts, existing);
		Map<String, ScheduleWriter.Outcome> outcomes = this.writer.write(drafts);
		ImportReport report = new ImportReport(checked.format(), count(outcomes, ScheduleWriter.Outcome.CREATED),
				count(outcomes, ScheduleWriter.Outcome.UPDATED), count(outcomes, ScheduleWriter.Outcome.UNCHANGED),
				checked.skipped(), kept);
		this.audit.record(AuditEntry.of("schedule.imported", "file", filename).withAfter(report));
		if (report.created() + report.updated() > 0) {
			this.events.publishEvent(new SchedulesChanged("import of " + filename));
		}
		return report;
	}

	/**
	 * The drafts with every field a records officer set by hand put back as the officer
	 * left it; each field where the file said otherwise is added to {@code kept}.
	 */
	private List<ScheduleItemDraft> keepOfficerFields(List<ScheduleItemDraft> drafts, List<ScheduleItemRow> existing,
			List<KeptField> kept) {
		Map<Long, Map<String, KeptField>> set = this.officerFields.all();
		if (set.isEmpty()) {
			return drafts;
		}
		Map<String, ScheduleItemRow> byReference = existing.stream()
			.collect(Collectors.toMap(ScheduleItemRow::reference, (row) -> row));
		List<ScheduleItemDraft> result = new ArrayList<>();
		for (ScheduleItemDraft draft : drafts) {
			ScheduleItemRow current = byReference.get(draft.reference());
			Map<String, KeptField> fields = (current != null) ? set.get(current.id()) : null;
			result.add((fields == null) ? draft
					: OfficerFields.keep(draft, ScheduleItemDraft.from(current), fields, kept));
		}
		return result;
	}

	/** An import may not end or shorten an item a retention lock holds (DD052). */
	private void refuseLockedLoosening(List<ScheduleItemDraft> drafts, List<ScheduleItemRow> existing) {
		Map<String, ScheduleItemRow> byReference = existing.stream()
			.collect(Collectors.toMap(ScheduleItemRow::reference, (row) -> row));
		for (ScheduleItemDraft draft : drafts) {
			ScheduleItemRow current = byReference.get(draft.reference());
			if (current != null) {
				this.locks.refuseLoosening(current.id(), current.reference(),
						(draft.disposition() != null) ? draft.disposition().name() : null, draft.minRetention(),
						ScheduleItemEditor.ends(current, draft));
			}
		}
	}

	@PreAuthorize(AppRoles.ANY_ROLE)
	public byte[] exportCsv() {
		return ScheduleCsv.write(this.reads.items()).getBytes(StandardCharsets.UTF_8);
	}

	@PreAuthorize(AppRoles.ANY_ROLE)
	public byte[] exportJson() {
		return ScheduleJson.write(this.reads.items()).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Assigns an item to a group, an organization (and its subtree) or a role category.
	 */
	@Transactional
	@PreAuthorize(OFFICER)
	public AssignmentRow assign(long itemId, @Nullable AssignmentTarget kind, @Nullable Long targetId,
			@Nullable RoleCategory roleCategory) {
		ScheduleItem item = this.items.findById(itemId)
			.orElseThrow(() -> new ValidationException("No such schedule item " + itemId));
		if (kind == null) {
			throw new ValidationException(
					List.of(new Problem(0, "target", "required: GROUP, ORGANIZATION or ROLE_CATEGORY")));
		}
		String by = this.audit.record(AuditEntry.of("schedule.assignment.created", "schedule_item", itemId)
			.withAfter(Map.of("target", kind.name(), "targetId", String.valueOf(targetId), "roleCategory",
					String.valueOf(roleCategory))))
			.actor();
		ScheduleAssignment assignment = switch (kind) {
			case GROUP -> ScheduleAssignment.toGroup(itemId, visibleGroup(targetId), this.clock.instant(), by);
			case ORGANIZATION ->
				ScheduleAssignment.toOrganization(itemId, visibleOrganization(targetId), this.clock.instant(), by);
			case ROLE_CATEGORY -> {
				if (roleCategory == null) {
					throw new ValidationException("Choose the role category to assign.");
				}
				yield ScheduleAssignment.toRoleCategory(itemId, roleCategory, this.clock.instant(), by);
			}
		};
		boolean duplicate = this.reads.assignments(item.getId())
			.stream()
			.anyMatch((a) -> a.targetKind() == kind && a.target().equals(describe(assignment)));
		if (duplicate) {
			throw new ValidationException("The item is already assigned to that target.");
		}
		long id = this.assignments.saveAndFlush(assignment).getId();
		this.events.publishEvent(new SchedulesChanged("assignment"));
		return this.reads.assignments(itemId).stream().filter((a) -> a.id() == id).findFirst().orElseThrow();
	}

	@Transactional(noRollbackFor = { FrozenByHoldException.class, RetentionLockedException.class })
	@PreAuthorize(OFFICER)
	public void unassign(long assignmentId) {
		ScheduleAssignment assignment = this.assignments.findById(assignmentId)
			.orElseThrow(() -> new ValidationException("No such schedule assignment " + assignmentId));
		boolean visible = this.reads.assignments(assignment.getScheduleItemId(), this.organizations.currentScope())
			.stream()
			.anyMatch((a) -> a.id() == assignmentId);
		if (!visible) {
			throw new ValidationException("No such schedule assignment " + assignmentId);
		}
		this.held.refuseRemoval(assignment);
		this.locks.refuseRemoval(assignmentId);
		this.assignments.delete(assignment);
		this.assignments.flush();
		this.audit.record(AuditEntry.of("schedule.assignment.removed", "schedule_assignment", assignmentId)
			.withBefore(Map.of("itemId", assignment.getScheduleItemId(), "target", assignment.getTargetKind().name())));
		this.events.publishEvent(new SchedulesChanged("assignment removed"));
	}

	private long visibleGroup(@Nullable Long groupId) {
		if (groupId == null || this.groups.details(groupId).isEmpty()) {
			throw new ValidationException("Choose a group in your organizations.");
		}
		return groupId;
	}

	private long visibleOrganization(@Nullable Long organizationId) {
		if (organizationId == null || !this.organizations.currentScope().contains(organizationId)) {
			throw new ValidationException("Choose an organization in your scope.");
		}
		return organizationId;
	}

	private String describe(ScheduleAssignment a) {
		return switch (a.getTargetKind()) {
			case GROUP -> "Group " + this.groups.details(a.getGroupId()).map((g) -> g.group().name()).orElse("");
			case ORGANIZATION -> "Organization "
					+ this.organizations.fullTree().find(a.getOrganizationId()).map((o) -> o.name()).orElse("")
					+ " and everything below it";
			case ROLE_CATEGORY -> "Role category " + a.getRoleCategory().label();
		};
	}

	private static int count(Map<String, ScheduleWriter.Outcome> outcomes, ScheduleWriter.Outcome outcome) {
		return (int) outcomes.values().stream().filter((o) -> o == outcome).count();
	}

}
