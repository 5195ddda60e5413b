package gov.records.governance.connectors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether messages are captured for records, how ({@code mechanism}), and the flags the
 * answer was derived from (for Wickr the {@code dataRetention} network setting and the
 * data-retention bot's flags; capture is on only when all are true).
 */
public record CaptureState(boolean supported, boolean enabled, String mechanism, Map<String, Boolean> flags) {

	public CaptureState {
		flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
	}

	public static CaptureState notSupported(String why) {
		return new CaptureState(false, false, why, Map.of());
	}

}
