package gov.records.governance.api;

import gov.records.governance.locks.LockRow;
import gov.records.governance.locks.LockTarget;
import gov.records.governance.locks.RetentionLockService;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retention locks over the API (issue 16, DD052): list them (every role), place or extend
 * one (records officers). {@code DELETE} exists only to be refused: a lock is never
 * lifted through the console, and the attempt is audited (422).
 */
@RestController
@RequestMapping("/api/locks")
class LockApi {

	private final RetentionLockService locks;

	LockApi(RetentionLockService locks) {
		this.locks = locks;
	}

	/** A lock over the wire: a group with its minimum retention, or an assignment. */
	record LockBody(@Nullable LockTarget target, @Nullable Long targetId, @Nullable String minRetention,
			@Nullable String reason) {
	}

	@GetMapping
	List<LockRow> locks() {
		return this.locks.locks();
	}

	@PostMapping
	ResponseEntity<LockRow> lock(@RequestBody LockBody body) {
		if (body.target() == null || body.targetId() == null) {
			throw new ValidationException(List.of(new Problem(0, "target", "required: GROUP or ASSIGNMENT"),
					new Problem(0, "targetId", "required: the group's or assignment's id")));
		}
		String reason = (body.reason() != null) ? body.reason() : "";
		LockRow lock = (body.target() == LockTarget.GROUP)
				? this.locks.lockGroup(body.targetId(), String.valueOf(body.minRetention()), reason)
				: this.locks.lockAssignment(body.targetId(), reason);
		return ResponseEntity.status(HttpStatus.CREATED).body(lock);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable long id) {
		this.locks.remove(id);
		return ResponseEntity.noContent().build();
	}

}
