package gov.records.governance.api;

import gov.records.governance.settings.GuardrailException;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refusals into clear HTTP answers, always as JSON with an {@code error}: 400 with
 * every problem (also for a body that is missing or is not JSON of the expected shape,
 * naming where), 404 for what does not exist or is out of scope, 409 for a stale edit,
 * 422 for a guardrail refusal with the rules it would break, 403 for a role that may not
 * do it; Spring MVC's own refusals (a missing or mistyped parameter, a wrong method or
 * media type) keep their status. Everything is answered here, never through an error
 * page, which the console's security would answer instead.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

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

	/** A checkpoint asked for over a broken audit chain (issue 19, build 5). */
	@ExceptionHandler(gov.records.governance.audit.AuditChainBrokenException.class)
	ResponseEntity<Map<String, Object>> chainBroken(gov.records.governance.audit.AuditChainBrokenException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> denied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "Your role may not do this."));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, Object>> badArgument(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(ex.getMessage())));
	}

	/** Anything unforeseen: a plain 500 (and the details in the log, not the answer). */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> unexpected(Exception ex) {
		log.error("Unexpected error in the REST API", ex);
		return ResponseEntity.internalServerError()
			.body(Map.of("error", "Something went wrong on the server; the details are in its log."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(UnreadableBody.describe(ex));
	}

	/** Spring MVC's own refusals, in the same shape as the others. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String detail = (body instanceof ProblemDetail problem && problem.getDetail() != null) ? problem.getDetail()
				: String.valueOf(HttpStatus.resolve(status.value()));
		return ResponseEntity.status(status).headers(headers).body(Map.of("error", detail));
	}

	private static List<Map<String, Object>> problems(List<Problem> problems) {
		return problems.stream()
			.map((p) -> Map.<String, Object>of("row", p.row(), "field", p.column(), "reason", p.reason()))
			.toList();
	}

}
