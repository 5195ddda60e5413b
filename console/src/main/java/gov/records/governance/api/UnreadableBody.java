package gov.records.governance.api;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;

/**
 * Says in plain words why a request body could not be read: missing, not JSON, or JSON of
 * the wrong shape, with the field where it went wrong (class names shortened).
 */
final class UnreadableBody {

	private UnreadableBody() {
	}

	static Map<String, Object> describe(HttpMessageNotReadableException ex) {
		JacksonException json = jacksonCause(ex);
		if (json == null) {
			return Map.of("error", "The request body is missing or unreadable: send a JSON object "
					+ "(Content-Type: application/json).");
		}
		String field = path(json);
		String reason = plain(json.getOriginalMessage());
		return Map.of("error", "The request body is not valid JSON for this request"
				+ (field.isEmpty() ? "" : " at " + field) + ": " + reason, "problems",
				List.of(Map.of("row", 0, "field", field, "reason", reason)));
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

	/**
	 * The first line, without the parser's location note and with {@code `a.b.Name`}
	 * shortened to {@code `Name`}.
	 */
	private static String plain(@Nullable String message) {
		if (message == null) {
			return "unreadable";
		}
		String line = message.lines().findFirst().orElse(message).strip();
		return line.replaceAll("\\s*\\(start marker at .*$", "")
			.replaceAll("`(?:[a-z_][\\w]*\\.)+([A-Za-z_][\\w$]*)`", "`$1`");
	}

}
