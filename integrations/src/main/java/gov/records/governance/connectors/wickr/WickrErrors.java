package gov.records.governance.connectors.wickr;

import gov.records.governance.connectors.ConnectorException.FieldReason;
import gov.records.governance.connectors.transport.ErrorDecoder;
import gov.records.governance.connectors.transport.Json;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Wickr's error bodies: {@code {message}} for most errors, {@code {message,
 * reasons:[{field, reason}]}} for ValidationError; the error type is in
 * {@code x-amzn-ErrorType}.
 */
final class WickrErrors implements ErrorDecoder {

	@Override
	public Decoded decode(JsonNode body, @Nullable String errorType) {
		String message = body.isObject() ? Json.text(body, "message", Json.text(body, "Message", "")) : "";
		List<FieldReason> reasons = new ArrayList<>();
		JsonNode list = body.path("reasons");
		if (list.isArray()) {
			for (JsonNode reason : list) {
				reasons.add(new FieldReason(Json.text(reason, "field", ""), Json.text(reason, "reason", "")));
			}
		}
		String code = (errorType == null) ? "" : errorType.split(":", 2)[0];
		return new Decoded(code, message, reasons, null);
	}

}
