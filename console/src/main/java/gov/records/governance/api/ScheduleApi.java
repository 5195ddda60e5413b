package gov.records.governance.api;

import gov.records.governance.groups.RoleCategory;
import gov.records.governance.schedules.AssignmentRow;
import gov.records.governance.schedules.AssignmentTarget;
import gov.records.governance.schedules.Disposition;
import gov.records.governance.schedules.ScheduleItemDraft;
import gov.records.governance.schedules.ScheduleItemRow;
import gov.records.governance.schedules.ScheduleKind;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schedule items and their assignments over the API (issue 19, item 10): list and read
 * them (every role), create, edit, supersede and retire items and assign or unassign them
 * (records officers). Validation, scope, the hold freeze and the audit events are
 * {@link ScheduleService}'s, the same service the Schedules view calls; this class only
 * maps the wire format.
 */
@RestController
@RequestMapping("/api/schedules")
class ScheduleApi {

	private final ScheduleService schedules;

	ScheduleApi(ScheduleService schedules) {
		this.schedules = schedules;
	}

	/**
	 * An item over the wire; {@code version} is the one read when editing. Missing text
	 * means none.
	 */
	record ItemBody(@Nullable Long version, @Nullable String scheduleCode, @Nullable String scheduleTitle,
			@Nullable ScheduleKind scheduleKind, @Nullable String itemNumber, @Nullable String authority,
			@Nullable String title, @Nullable Disposition disposition, @Nullable String minRetention,
			@Nullable String cutoffRule, @Nullable String scope, @Nullable LocalDate effectiveFrom,
			@Nullable LocalDate effectiveTo, @Nullable String supersededBy, @Nullable Boolean verifyAgainstNara) {

		ScheduleItemDraft toDraft(@Nullable Long id) {
			return new ScheduleItemDraft(id, (id == null) ? 0 : required(this.version), text(this.scheduleCode),
					text(this.scheduleTitle), this.scheduleKind, text(this.itemNumber), this.authority,
					text(this.title), this.disposition, this.minRetention, this.cutoffRule, this.scope,
					this.effectiveFrom, this.effectiveTo, this.supersededBy,
					Boolean.TRUE.equals(this.verifyAgainstNara));
		}

		private static String text(@Nullable String value) {
			return (value != null) ? value : "";
		}

	}

	/**
	 * Superseding over the wire: the version read, the successor, the end (default
	 * today).
	 */
	record SupersedeBody(@Nullable Long version, @Nullable String supersededBy, @Nullable LocalDate on) {
	}

	/** Retiring over the wire: the version read and the end (default today). */
	record RetireBody(@Nullable Long version, @Nullable LocalDate on) {
	}

	/** An assignment over the wire: a group or organization id, or a role category. */
	record AssignBody(@Nullable AssignmentTarget target, @Nullable Long targetId, @Nullable RoleCategory roleCategory) {
	}

	/** The version read before a write, which guards against a concurrent edit. */
	static long required(@Nullable Long version) {
		if (version == null) {
			throw new ValidationException(
					List.of(new Problem(0, "version", "required: the item's version as last read")));
		}
		return version;
	}

	@GetMapping("/items")
	List<ScheduleItemRow> items() {
		return this.schedules.items();
	}

	@GetMapping("/items/{id}")
	ScheduleItemRow item(@PathVariable long id) {
		return this.schedules.item(id).orElseThrow(() -> new NotFoundException("Schedule item " + id));
	}

	@PostMapping("/items")
	ResponseEntity<ScheduleItemRow> create(@RequestBody ItemBody body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.schedules.save(body.toDraft(null)));
	}

	@PutMapping("/items/{id}")
	ScheduleItemRow edit(@PathVariable long id, @RequestBody ItemBody body) {
		return this.schedules.save(body.toDraft(id));
	}

	@PostMapping("/items/{id}/supersede")
	ScheduleItemRow supersede(@PathVariable long id, @RequestBody SupersedeBody body) {
		return this.schedules.supersede(id, required(body.version()), body.supersededBy(), body.on());
	}

	@PostMapping("/items/{id}/retire")
	ScheduleItemRow retire(@PathVariable long id, @RequestBody RetireBody body) {
		return this.schedules.retire(id, required(body.version()), body.on());
	}

	@GetMapping("/items/{id}/assignments")
	List<AssignmentRow> assignments(@PathVariable long id) {
		item(id);
		return this.schedules.assignments(id);
	}

	@PostMapping("/items/{id}/assignments")
	ResponseEntity<AssignmentRow> assign(@PathVariable long id, @RequestBody AssignBody body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.schedules.assign(id, body.target(), body.targetId(), body.roleCategory()));
	}

	@DeleteMapping("/assignments/{id}")
	ResponseEntity<Void> unassign(@PathVariable long id) {
		this.schedules.unassign(id);
		return ResponseEntity.noContent().build();
	}

}
