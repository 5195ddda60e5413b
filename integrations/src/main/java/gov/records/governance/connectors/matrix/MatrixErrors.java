package gov.records.governance.connectors.matrix;

import gov.records.governance.connectors.transport.ErrorDecoder;
import gov.records.governance.connectors.transport.Json;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Matrix's error body: {@code {errcode, error}}, with {@code retry_after_ms} on 429. */
final class MatrixErrors implements ErrorDecoder {

	@Override
	public Decoded decode(JsonNode body, @Nullable String errorType) {
		if (!body.isObject()) {
			return new Decoded("", "", List.of(), null);
		}
		long retryAfter = Json.number(body, "retry_after_ms", -1);
		return new Decoded(Json.text(body, "errcode", ""), Json.text(body, "error", ""), List.of(),
				(retryAfter >= 0) ? Duration.ofMillis(retryAfter) : null);
	}

}
