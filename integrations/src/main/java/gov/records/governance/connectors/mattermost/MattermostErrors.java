package gov.records.governance.connectors.mattermost;

import gov.records.governance.connectors.transport.ErrorDecoder;
import gov.records.governance.connectors.transport.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Mattermost's AppError body: {@code {id, message, detailed_error, status_code}}. */
final class MattermostErrors implements ErrorDecoder {

	@Override
	public Decoded decode(JsonNode body, @Nullable String errorType) {
		if (!body.isObject()) {
			return new Decoded("", "", List.of(), null);
		}
		return new Decoded(Json.text(body, "id", ""), Json.text(body, "message", ""), List.of(), null);
	}

}
