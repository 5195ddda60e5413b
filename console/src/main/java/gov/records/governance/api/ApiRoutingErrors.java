package gov.records.governance.api;

import gov.records.governance.problems.ApiProblems;
import gov.records.governance.problems.ApiProblems.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals Spring MVC makes before any controller is chosen (a method or a content
 * type that no endpoint of the path takes): {@link ApiErrors} covers only the API's
 * controllers, so without this they would be sent to the error page, which the console's
 * security answers with an empty 403. Only these few exceptions are handled, so the
 * console's views are untouched.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingErrors {

	@ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class })
	ResponseEntity<ProblemDetail> routing(Exception ex) {
		ErrorResponse error = (ErrorResponse) ex;
		return ResponseEntity.status(error.getStatusCode())
			.headers(error.getHeaders())
			.body(normalize(error.getBody(), error.getStatusCode()));
	}

	/** A problem (Spring's or none) with the type, title and plain detail of its kind. */
	static ProblemDetail normalize(@Nullable Object body, HttpStatusCode status) {
		Kind kind = Kind.of(status);
		ProblemDetail problem = (body instanceof ProblemDetail given) ? given : ProblemDetail.forStatus(status);
		problem.setType(kind.type());
		problem.setTitle(kind.title());
		problem.setDetail(ApiProblems.plain(problem.getDetail(), kind.title()));
		return problem;
	}

}
