package gov.records.governance.api;

import gov.records.governance.problems.ApiProblems;
import gov.records.governance.shared.Problem;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says in plain words why a request body could not be read: missing, not JSON, or JSON of
 * the wrong shape, with the field where it went wrong and what it must be (never a Java
 * type name).
 */
final class UnreadableBody {

	private UnreadableBody() {
	}

	static ProblemDetail describe(HttpMessageNotReadableException ex) {
		JacksonException json = jacksonCause(ex);
		if (json == null) {
			return ApiProblems.invalid("The request body is missing or unreadable: send a JSON object "
					+ "(Content-Type: application/json).", List.of());
		}
		String field = path(json);
		String reason = reason(json);
		return ApiProblems.invalid("The request body is not valid JSON for this request"
				+ (field.isEmpty() ? "" : " at " + field) + ": " + reason, List.of(new Problem(0, field, reason)));
	}

	private static @Nullable JacksonException jacksonCause(Throwable ex) {
		for (@Nullable
		Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof JacksonException json) {
				return json;
			}
		}
		return null;
	}

	private static String path(JacksonException json) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : json.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String reason(JacksonException json) {
		if (json instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "must be " + expected(mismatched.getTargetType());
		}
		return plain(json.getOriginalMessage());
	}

	/** What a value of the type looks like in JSON, in words. */
	static String expected(Class<?> type) {
		if (type == Long.class || type == long.class || type == Integer.class || type == int.class
				|| type == Short.class || type == short.class) {
			return "a whole number";
		}
		if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a text";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "an ISO-8601 date and time such as 2026-01-31T00:00:00Z";
		}
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a JSON array";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "a JSON object";
		}
		return "a value of another kind";
	}

	/**
	 * The first line, without the parser's location note and token names, and with no
	 * Java type names.
	 */
	private static String plain(@Nullable String message) {
		if (message == null) {
			return "unreadable";
		}
		String line = message.lines().findFirst().orElse(message).strip();
		line = line.replaceAll("\\s*\\(start marker at .*$", "").replaceAll("\\s*\\(token [^)]*\\)", "");
		return ApiProblems.plain(line, "unreadable");
	}

}
