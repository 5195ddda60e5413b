package gov.records.governance.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the console syncs its platforms ({@code governance.sync.*}): whether it does at
 * all, how often it looks for platforms that are due (each platform has its own
 * interval), how many failures in a row open a platform's circuit and for how long, and
 * the lease of a sync's lock (renewed while the sync runs, at least 30 s; a lock left by
 * a killed instance is free again one lease later: DD054).
 */
@ConfigurationProperties("governance.sync")
public record SyncProperties(@DefaultValue("true") boolean enabled, @DefaultValue("15s") Duration tick,
		@DefaultValue("3") int failuresToOpen, @DefaultValue("5m") Duration openFor,
		@DefaultValue("30s") Duration lockAtMostFor) {

}
