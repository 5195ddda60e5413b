package gov.records.governance.api;

import gov.records.governance.problems.ApiProblems;
import gov.records.governance.problems.ApiProblems.Kind;
import gov.records.governance.schedules.FrozenByHoldException;
import gov.records.governance.settings.GuardrailException;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
 * Turns refusals into RFC 9457 problem details ({@link ApiProblems}, DD022): 400 with
 * every problem (capped) for input that is refused, also for a body that is missing or is
 * not JSON of the expected shape, naming where; 404 for what does not exist or is out of
 * scope; 409 for a stale edit; 422 for a guardrail refusal with the rules it would break;
 * 403 for a role that may not do it; 413 for a body over its limit; Spring MVC's own
 * refusals (a missing or mistyped parameter, a wrong method or media type) keep their
 * status. Everything is answered here, never through an error page, which the console's
 * security would answer instead.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(ValidationException.class)
	ResponseEntity<ProblemDetail> invalid(ValidationException ex) {
		boolean notFound = ex.problems().size() == 1 && ex.problems().get(0).reason().startsWith("No such");
		if (notFound) {
			return answer(ApiProblems.of(HttpStatus.NOT_FOUND, Kind.NOT_FOUND, ex.problems().get(0).reason()));
		}
		return answer(ApiProblems.invalid(ApiProblems.summary(ex.problems()), ex.problems()));
	}

	/**
	 * A schedule write a legal hold freezes: 422 with the holds named, like a settings
	 * change a hold freezes (DD024).
	 */
	@ExceptionHandler(FrozenByHoldException.class)
	ResponseEntity<ProblemDetail> frozen(FrozenByHoldException ex) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, Kind.GUARDRAIL, ex.getMessage());
		problem.setProperty("frozenBy", ex.holds());
		return answer(problem);
	}

	/**
	 * A write a retention lock refuses: 422 with the locks named (DD052).
	 */
	@ExceptionHandler(gov.records.governance.shared.RetentionLockedException.class)
	ResponseEntity<ProblemDetail> locked(gov.records.governance.shared.RetentionLockedException ex) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, Kind.GUARDRAIL, ex.getMessage());
		problem.setProperty("locks", ex.locks());
		return answer(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return answer(ApiProblems.of(HttpStatus.NOT_FOUND, Kind.NOT_FOUND, ex.getMessage()));
	}

	@ExceptionHandler(StaleEditException.class)
	ResponseEntity<ProblemDetail> stale(StaleEditException ex) {
		return answer(ApiProblems.of(HttpStatus.CONFLICT, Kind.CONFLICT, ex.getMessage()));
	}

	@ExceptionHandler(GuardrailException.class)
	ResponseEntity<ProblemDetail> refused(GuardrailException ex) {
		ProblemDetail problem = ApiProblems.of(HttpStatus.UNPROCESSABLE_CONTENT, Kind.GUARDRAIL, ex.getMessage());
		problem.setProperty("rules",
				ex.violations()
					.stream()
					.map((v) -> Map.of("rule", v.rule().id(), "explanation", v.rule().explanation()))
					.toList());
		return answer(problem);
	}

	/** A checkpoint asked for over a broken audit chain (issue 19, build 5). */
	@ExceptionHandler(gov.records.governance.audit.AuditChainBrokenException.class)
	ResponseEntity<ProblemDetail> chainBroken(gov.records.governance.audit.AuditChainBrokenException ex) {
		return answer(ApiProblems.of(HttpStatus.CONFLICT, Kind.LOG_NOT_VOUCHED, ex.getMessage()));
	}

	/**
	 * A checkpoint asked for while the log holds less than one already published (a
	 * restore from an old backup, or a store that lost commits): nothing is signed until
	 * the events are back, and the answer says so instead of a bare server error.
	 */
	@ExceptionHandler(gov.records.governance.audit.HistoryMismatchException.class)
	ResponseEntity<ProblemDetail> historyMismatch(gov.records.governance.audit.HistoryMismatchException ex) {
		return answer(ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, Kind.LOG_NOT_VOUCHED, ex.getMessage()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return answer(ApiProblems.of(HttpStatus.FORBIDDEN, Kind.FORBIDDEN, "Your role may not do this."));
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException ex) {
		return answer(RequestSizeLimits.problem(ex.limit()));
	}

	/**
	 * A value the API's own checks refused (their messages are written for users); one
	 * from deeper down is answered without its wording, which may be technical.
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException ex) {
		return answer(ApiProblems.invalid(ApiProblems.plain(ex.getMessage(), "A value in the request is not valid."),
				List.of()));
	}

	/** Arithmetic on a value far out of range (a date a billion years ago). */
	@ExceptionHandler({ ArithmeticException.class, java.time.DateTimeException.class })
	ResponseEntity<ProblemDetail> outOfRange(RuntimeException ex) {
		return answer(
				ApiProblems.invalid("A value in the request is out of the range the console accepts.", List.of()));
	}

	/** How long an overloaded console asks a client to wait before it tries again. */
	static final String RETRY_AFTER_SECONDS = "5";

	/**
	 * Anything unforeseen: a plain 500 (and the details in the log, not the answer). A
	 * request that found every database connection busy until the pool gave up is not
	 * unforeseen: it did nothing, and is answered 503 with a time to come back (issue
	 * 12's load runs saw 500s there).
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (poolExhausted(ex)) {
			log.warn("REST request refused: no database connection came free in time ({})", ex.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
				.body(ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, Kind.BUSY,
						"The console is busy: every database connection stayed in use. Nothing was done; try again in "
								+ RETRY_AFTER_SECONDS + " seconds."));
		}
		log.error("Unexpected error in the REST API", ex);
		return answer(ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR, Kind.SERVER_ERROR,
				"Something went wrong on the server; the details are in its log."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		PayloadTooLargeException tooLarge = PayloadTooLargeException.in(ex);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(RequestSizeLimits.problem(tooLarge.limit()));
		}
		return ResponseEntity.badRequest().body(UnreadableBody.describe(ex));
	}

	/** Spring MVC's own refusals, as problems of their kind with a plain detail. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(status).headers(headers).body(ApiRoutingErrors.normalize(body, status));
	}

	/** Whether the connection pool timed out waiting for a free connection. */
	static boolean poolExhausted(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
