package gov.records.governance.connectors;

import gov.records.governance.groups.DeletionSettings;
import java.time.Duration;

/** Settings and options the connector tests share. */
public final class Fixtures {

	private Fixtures() {
	}

	/** Quick retries (1-5 ms) and a 2 s time-out, so fault tests run fast. */
	public static ConnectorOptions fastOptions() {
		return ConnectorOptions.defaults()
			.withRetries(3, Duration.ofMillis(1), Duration.ofMillis(5))
			.withRequestTimeout(Duration.ofSeconds(2));
	}

	public static DeletionSettings days(int days, boolean capture) {
		return new DeletionSettings(true, Duration.ofDays(days), null, 0, capture);
	}

	public static DeletionSettings keep() {
		return new DeletionSettings(false, null, null, 0, false);
	}

}
