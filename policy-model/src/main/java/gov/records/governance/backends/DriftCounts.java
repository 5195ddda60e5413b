package gov.records.governance.backends;

import java.util.Map;

/**
 * How many drift findings are open on each platform, for {@link PlatformHealth}. Findings
 * are the compliance module's: it implements this, so backends neither depends on
 * compliance nor reads its tables (compliance depends on backends, DD073).
 */
public interface DriftCounts {

	/** Open drift findings by platform id; a platform with none is left out. */
	Map<Long, Long> openByPlatform();

}
