package gov.records.governance.connectors.transport;

import gov.records.governance.connectors.ConnectorException.FieldReason;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a platform's error body ({@code {message, reasons}} on Wickr, {@code {id,
 * message}} on Mattermost, {@code {errcode, error}} on Matrix) into the parts a
 * {@link gov.records.governance.connectors.ConnectorException} carries.
 */
@FunctionalInterface
public interface ErrorDecoder {

	/**
	 * @param body the parsed error body, or a missing node when it was not JSON
	 * @param errorType the {@code x-amzn-ErrorType} header or similar, when present
	 */
	Decoded decode(JsonNode body, @Nullable String errorType);

	/** The backend's code, message, field reasons and wait hint. */
	record Decoded(String code, String message, List<FieldReason> reasons, @Nullable Duration retryAfter) {

	}

}
