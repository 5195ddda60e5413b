package gov.records.governance.backends;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a sync learnt about the platform as a whole: the backend's own name for it, facts
 * worth showing (access level, global policy, ...), its account totals where the backend
 * gives them, and its capture: whether the platform has capture the console can see,
 * whether it is on, and the flags or reason behind that.
 */
public record SyncedPlatform(String backendName, Map<String, String> facts, @Nullable Long active,
		@Nullable Long pending, @Nullable Long suspended, boolean captureSupported, boolean captureEnabled,
		String captureDetail) {

	public SyncedPlatform {
		facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
	}

}
