package gov.records.governance.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Checkpoint keys the log rotated away from
 * ({@code governance.log.previous-verifier-keys}, DD055): their public verifier keys,
 * with when each was in use, so that checkpoints handed out before a rotation still
 * verify and the console publishes them beside the current key. Public keys only: never a
 * signer key.
 */
@ConfigurationProperties("governance.log")
public record PreviousVerifierKeys(@Nullable List<Key> previousVerifierKeys) {

	public PreviousVerifierKeys {
		previousVerifierKeys = (previousVerifierKeys == null) ? List.of() : List.copyOf(previousVerifierKeys);
	}

	/**
	 * One retired key.
	 *
	 * @param key the verifier key ({@code name+keyid+base64}) as the log published it
	 * @param validFrom when it began to sign (optional)
	 * @param validUntil when it stopped signing: the rotation
	 */
	public record Key(String key, @Nullable Instant validFrom, @Nullable Instant validUntil) {

	}

}
