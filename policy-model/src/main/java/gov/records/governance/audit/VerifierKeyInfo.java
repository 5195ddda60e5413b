package gov.records.governance.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A public key that signed (or signs) the log's checkpoints, with when it was in use; the
 * current key has no end.
 */
public record VerifierKeyInfo(String key, boolean current, @Nullable Instant validFrom, @Nullable Instant validUntil) {

}
