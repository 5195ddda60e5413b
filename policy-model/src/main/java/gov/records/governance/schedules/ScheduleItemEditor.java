package gov.records.governance.schedules;

import gov.records.governance.access.AccessService;
import gov.records.governance.locks.RetentionLocks;
import gov.records.governance.schedules.domain.ScheduleAssignments;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A records officer's writes to one schedule item: create, edit, supersede, retire. Each
 * validates everything first (and writes nothing with any problem), refuses a stale edit
 * and an end that a legal hold freezes, is audited, and records which fields the officer
 * set so that imports keep them (DD039).
 */
@Component
class ScheduleItemEditor {

	private final ScheduleReads reads;

	private final ScheduleWriter writer;

	private final ScheduleAssignments assignments;

	private final OfficerFields officerFields;

	private final HeldAssignments held;

	private final RetentionLocks locks;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScheduleItemEditor(ScheduleReads reads, ScheduleWriter writer, ScheduleAssignments assignments,
			OfficerFields officerFields, HeldAssignments held, AccessService access, ApplicationEventPublisher events,
			Clock clock, RetentionLocks locks) {
		this.locks = locks;
		this.reads = reads;
		this.writer = writer;
		this.assignments = assignments;
		this.officerFields = officerFields;
		this.held = held;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	ScheduleItemRow save(ScheduleItemDraft draft) {
		return write(tidy(draft), "schedule.item.updated");
	}

	/** Ends the item on {@code on} (default today), replaced by {@code successor}. */
	ScheduleItemRow supersede(long id, long version, @Nullable String successor, @Nullable LocalDate on) {
		ScheduleItemRow current = existing(id);
		if (successor == null || successor.isBlank()) {
			throw new ValidationException(List.of(new Problem(0, "superseded_by",
					"required: the item that replaces this one, as schedule code / item number, e.g. GRS 6.1 / 011")));
		}
		LocalDate end = (on != null) ? on : today();
		return write(ended(current, version, end, successor.strip()), "schedule.item.superseded");
	}

	/** Ends the item on {@code on} (default today) with no successor. */
	ScheduleItemRow retire(long id, long version, @Nullable LocalDate on) {
		ScheduleItemRow current = existing(id);
		LocalDate end = (on != null) ? on : today();
		if (current.effectiveTo() != null && !current.effectiveTo().isAfter(end)) {
			throw new ValidationException(List.of(new Problem(0, "effective_to",
					current.reference() + " already ended on " + current.effectiveTo())));
		}
		return write(ended(current, version, end, current.supersededBy()), "schedule.item.retired");
	}

	private ScheduleItemRow write(ScheduleItemDraft draft, String action) {
		List<ScheduleItemRow> existing = this.reads.items();
		Set<String> known = existing.stream().map(ScheduleItemRow::reference).collect(Collectors.toSet());
		List<Problem> problems = new ArrayList<>(ScheduleItemValidator.check(draft, 0, known));
		ScheduleItemRow current = null;
		if (draft.id() == null) {
			if (known.contains(draft.reference())) {
				problems.add(new Problem(0, "item_number", draft.reference() + " already exists"));
			}
		}
		else {
			current = existing.stream().filter((r) -> r.id() == draft.id()).findFirst().orElse(null);
			if (current == null) {
				throw new ValidationException("No such schedule item " + draft.id());
			}
			if (!current.reference().equals(draft.reference())) {
				problems.add(new Problem(0, "item_number",
						"the schedule and item number of an existing item cannot change"));
			}
			else if (current.version() != draft.version()) {
				throw new StaleEditException("Schedule item " + current.reference());
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		if (current != null && ends(current, draft)) {
			this.held.refuseEnding(current.reference(), java.util.Objects.requireNonNull(draft.effectiveTo()),
					this.assignments.findByScheduleItemId(current.id()));
		}
		if (current != null) {
			this.locks.refuseLoosening(current.id(), current.reference(),
					(draft.disposition() != null) ? draft.disposition().name() : null, draft.minRetention(),
					ends(current, draft));
		}
		this.writer.write(List.of(draft), action);
		ScheduleItemRow saved = this.reads.items()
			.stream()
			.filter((row) -> row.reference().equals(draft.reference()))
			.findFirst()
			.orElseThrow();
		List<String> fields = (current == null) ? OfficerFields.given(draft)
				: OfficerFields.changed(ScheduleItemDraft.from(current), draft);
		this.officerFields.mark(saved.id(), fields, this.access.currentUsername().orElse("system"),
				this.clock.instant());
		this.events.publishEvent(new SchedulesChanged("item " + draft.reference()));
		return saved;
	}

	private ScheduleItemRow existing(long id) {
		return this.reads.items()
			.stream()
			.filter((row) -> row.id() == id)
			.findFirst()
			.orElseThrow(() -> new ValidationException("No such schedule item " + id));
	}

	/** The item ends sooner than it did: a hold may freeze that. */
	static boolean ends(ScheduleItemRow current, ScheduleItemDraft draft) {
		LocalDate to = draft.effectiveTo();
		return to != null && (current.effectiveTo() == null || to.isBefore(current.effectiveTo()));
	}

	private static ScheduleItemDraft ended(ScheduleItemRow c, long version, LocalDate end, @Nullable String successor) {
		return new ScheduleItemDraft(c.id(), version, c.scheduleCode(), c.scheduleTitle(), c.scheduleKind(),
				c.itemNumber(), c.authority(), c.title(), c.disposition(), c.minRetention(), c.cutoffRule(),
				c.scopeText(), c.effectiveFrom(), end, successor, c.verifyAgainstNara());
	}

	/** Empty text fields from a form mean "none". */
	private static ScheduleItemDraft tidy(ScheduleItemDraft d) {
		return new ScheduleItemDraft(d.id(), d.version(), nonNull(d.scheduleCode()), nonNull(d.scheduleTitle()),
				d.scheduleKind(), nonNull(d.itemNumber()), blankToNull(d.authority()), nonNull(d.title()),
				d.disposition(), blankToNull(d.minRetention()), blankToNull(d.cutoffRule()), blankToNull(d.scopeText()),
				d.effectiveFrom(), d.effectiveTo(), blankToNull(d.supersededBy()), d.verifyAgainstNara());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@SuppressWarnings("ConstantValue")
	private static String nonNull(@Nullable String text) {
		return (text == null) ? "" : text;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
