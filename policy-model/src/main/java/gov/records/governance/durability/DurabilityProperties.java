package gov.records.governance.durability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code governance.durability.*}: whether a PostgreSQL server that acknowledges commits
 * before they are on disk ({@code fsync} or {@code synchronous_commit} off) is only
 * warned about instead of refused. Off by default: the console refuses to start on such a
 * server, because a change it confirmed could be lost with its audit event (DD016).
 */
@ConfigurationProperties("governance.durability")
public record DurabilityProperties(@DefaultValue("false") boolean allowUnsafePostgres) {

}
