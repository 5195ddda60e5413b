package gov.records.governance.problems;

import gov.records.governance.problems.ApiProblems.Kind;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to a servlet response, for the answers given before Spring
 * MVC is reached: security's 401 and 403, an oversized body, an unknown API path.
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	/** A problem of the kind with a plain detail, written as the whole answer. */
	public static void write(HttpServletResponse response, HttpStatus status, Kind kind, String detail)
			throws IOException {
		write(response, ApiProblems.of(status, kind, detail));
	}

	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(body));
		response.getWriter().flush();
	}

}
