package gov.records.governance.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox worker's settings ({@code governance.outbox.*}): whether it runs, how often
 * it looks for due pushes, how many it takes per pass, how many attempts a push gets
 * before it is marked failed, and the bounds of the back-off between attempts.
 */
@ConfigurationProperties("governance.outbox")
public record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2s") Duration tick,
		@DefaultValue("100") int batch, @DefaultValue("8") int maxAttempts, @DefaultValue("5s") Duration initialBackoff,
		@DefaultValue("15m") Duration maxBackoff) {

}
