package gov.records.governance.api;

import gov.records.governance.settings.ChangeOutcome;
import gov.records.governance.settings.ChangeRequestRow;
import gov.records.governance.settings.ApprovalService;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes waiting for a records officer. The approver is always the authenticated caller:
 * a body naming someone else is ignored, so approvals cannot be forged for another user.
 */
@RestController
@RequestMapping("/api/approvals")
class ApprovalApi {

	private final ApprovalService approvals;

	ApprovalApi(ApprovalService approvals) {
		this.approvals = approvals;
	}

	/** A decision on the wire: only the comment is read. */
	record Decision(@Nullable String comment) {
	}

	@GetMapping
	List<ChangeRequestRow> pending() {
		return this.approvals.pending();
	}

	@PostMapping("/{id}/approve")
	ChangeOutcome approve(@PathVariable long id, @RequestBody(required = false) Decision decision) {
		return this.approvals.approve(id, (decision != null && decision.comment() != null) ? decision.comment() : "");
	}

	@PostMapping("/{id}/reject")
	ResponseEntity<Map<String, Object>> reject(@PathVariable long id,
			@RequestBody(required = false) Decision decision) {
		this.approvals.reject(id, (decision != null && decision.comment() != null) ? decision.comment() : "");
		return ResponseEntity.ok(Map.of("id", id, "status", "REJECTED"));
	}

}
