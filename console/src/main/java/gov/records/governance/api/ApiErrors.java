package gov.records.governance.api;

import gov.records.governance.settings.GuardrailException;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refusals into clear HTTP answers: 400 with every problem, 404 for what does not
 * exist or is out of scope, 409 for a stale edit, 422 for a guardrail refusal with the
 * rules it would break, 403 for a role that may not do it.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

	@ExceptionHandler(ValidationException.class)
	ResponseEntity<Map<String, Object>> invalid(ValidationException ex) {
		boolean notFound = ex.problems().size() == 1 && ex.getMessage().startsWith("No such");
		return ResponseEntity.status(notFound ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST)
			.body(Map.of("error", ex.getMessage(), "problems", problems(ex.problems())));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler(StaleEditException.class)
	ResponseEntity<Map<String, Object>> stale(StaleEditException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler(GuardrailException.class)
	ResponseEntity<Map<String, Object>> refused(GuardrailException ex) {
		return ResponseEntity.unprocessableContent()
			.body(Map.of("error", ex.getMessage(), "rules",
					ex.violations()
						.stream()
						.map((v) -> Map.of("rule", v.rule().id(), "explanation", v.rule().explanation()))
						.toList()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> denied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "Your role may not do this."));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, Object>> badArgument(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
	}

	private static List<Map<String, Object>> problems(List<Problem> problems) {
		return problems.stream()
			.map((p) -> Map.<String, Object>of("row", p.row(), "field", p.column(), "reason", p.reason()))
			.toList();
	}

}
