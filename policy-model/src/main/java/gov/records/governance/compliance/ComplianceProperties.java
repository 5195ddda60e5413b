package gov.records.governance.compliance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Compliance settings: after how long without a report a platform's capture counts as
 * stale, and how often the engine re-evaluates everything on its own.
 */
@ConfigurationProperties("governance.compliance")
public record ComplianceProperties(@DefaultValue("24h") Duration captureStaleAfter,
		@DefaultValue("1h") Duration interval) {
}
