package gov.records.governance.settings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The outbox's pending pushes: how many, and when the oldest was queued (none: null). */
public record OutboxBacklog(long pending, @Nullable Instant oldestQueuedAt) {

}
