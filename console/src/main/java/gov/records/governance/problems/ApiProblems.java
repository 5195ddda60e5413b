package gov.records.governance.problems;

import gov.records.governance.shared.Problem;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one error format of the API: RFC 9457 problem details
 * ({@code application/problem+json}) with a stable {@code type} and {@code title} per
 * kind of refusal, a {@code detail} in plain words (never a Java class name) and, for
 * refused input, an {@code errors} list of at most {@link #MAX_ERRORS} entries with
 * {@code errorsOmitted} counting the rest (DD022).
 */
public final class ApiProblems {

	/** How many input problems an answer lists at most. */
	public static final int MAX_ERRORS = 100;

	/** Fully qualified Java names ({@code java.lang.Long}, {@code tools.jackson.X$Y}). */
	private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][\\w$]*)");

	/** What is left of a Java type once shortened: {@code LinkedHashMap<String,Long>}. */
	private static final Pattern JAVA_TYPE = Pattern
		.compile("`?\\b[A-Z]\\w*(?:Exception|Error|Map|List|Set|Collection)\\b(?:<[^>\\s]*>)?`?");

	private ApiProblems() {
	}

	/** The kinds of answer, each with its stable type and title. */
	public enum Kind {

		INVALID("invalid-request", "The request is not valid"),

		NOT_FOUND("not-found", "Not found"),

		CONFLICT("conflict", "The data changed meanwhile"),

		GUARDRAIL("guardrail", "Refused by a guardrail"),

		UNAUTHORIZED("unauthorized", "Authentication required"),

		FORBIDDEN("forbidden", "Not allowed for your role"),

		METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),

		UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported content type"),

		NOT_ACCEPTABLE("not-acceptable", "No acceptable representation"),

		TOO_LARGE("too-large", "Request too large"),

		LOG_NOT_VOUCHED("log-not-vouched", "The audit log cannot be vouched for"),

		BUSY("busy", "The console is busy"),

		SERVER_ERROR("server-error", "Server error");

		private final URI type;

		private final String title;

		Kind(String slug, String title) {
			this.type = URI.create("urn:records-governance:problem:" + slug);
			this.title = title;
		}

		public URI type() {
			return this.type;
		}

		public String title() {
			return this.title;
		}

		/** The kind for a status Spring MVC answered with. */
		public static Kind of(HttpStatusCode status) {
			return switch (status.value()) {
				case 401 -> UNAUTHORIZED;
				case 403 -> FORBIDDEN;
				case 404 -> NOT_FOUND;
				case 405 -> METHOD_NOT_ALLOWED;
				case 406 -> NOT_ACCEPTABLE;
				case 409 -> CONFLICT;
				case 413 -> TOO_LARGE;
				case 415 -> UNSUPPORTED_MEDIA_TYPE;
				case 422 -> GUARDRAIL;
				default -> status.is5xxServerError() ? SERVER_ERROR : INVALID;
			};
		}

	}

	/** A problem of the kind, with the detail made plain. */
	public static ProblemDetail of(HttpStatusCode status, Kind kind, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(kind.type());
		problem.setTitle(kind.title());
		problem.setDetail(plain(detail, kind.title()));
		return problem;
	}

	public static ProblemDetail of(Kind kind, HttpStatus status, @Nullable String detail) {
		return of(status, kind, detail);
	}

	/**
	 * A refusal of input: 400 with the first {@link #MAX_ERRORS} problems under
	 * {@code errors} and how many more there were under {@code errorsOmitted}.
	 */
	public static ProblemDetail invalid(String detail, List<Problem> problems) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, Kind.INVALID, detail);
		withErrors(problem, problems);
		return problem;
	}

	public static void withErrors(ProblemDetail problem, List<Problem> problems) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (Problem p : problems.subList(0, Math.min(MAX_ERRORS, problems.size()))) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("row", p.row());
			error.put("field", p.column());
			error.put("reason", plain(p.reason(), "not valid"));
			errors.add(error);
		}
		problem.setProperty("errors", errors);
		problem.setProperty("errorsOmitted", Math.max(0, problems.size() - MAX_ERRORS));
	}

	/**
	 * A summary of many problems that stays short: every one when there are few, else the
	 * first few and how many more.
	 */
	public static String summary(List<Problem> problems) {
		if (problems.isEmpty()) {
			return "The request is not valid.";
		}
		int shown = Math.min(3, problems.size());
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < shown; i++) {
			text.append((i == 0) ? "" : "; ").append(problems.get(i));
		}
		if (problems.size() > shown) {
			text.append("; and ").append(problems.size() - shown).append(" more problems (see errors)");
		}
		return text.toString();
	}

	/**
	 * The text with Java names taken out: qualified names shortened, then any remaining
	 * exception or collection type named in words; {@code fallback} if nothing is left.
	 */
	public static String plain(@Nullable String text, String fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		String plain = QUALIFIED.matcher(text).replaceAll("$1");
		plain = JAVA_TYPE.matcher(plain).replaceAll((m) -> words(m.group()));
		plain = plain.replace("`", "").strip();
		if (plain.length() > 2000) {
			plain = plain.substring(0, 1999) + "\u2026";
		}
		return plain.isEmpty() ? fallback : plain;
	}

	private static String words(String javaType) {
		String type = javaType.replace("`", "");
		if (type.contains("Map")) {
			return "a JSON object";
		}
		if (type.contains("List") || type.contains("Set") || type.contains("Collection")) {
			return "a JSON array";
		}
		return "error";
	}

}
