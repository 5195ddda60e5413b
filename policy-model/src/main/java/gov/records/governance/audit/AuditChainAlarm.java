package gov.records.governance.audit;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether the audit log's hash chain is known to be broken: an alarm, not an outage. The
 * console keeps working and appending (from the stored head, so nothing new is lost);
 * checkpoints are not signed over the break; readers of the audit log see a banner and
 * the health endpoint a detail; the error is logged once per break. Raised by the chain's
 * verification and by a tree read that meets a missing event; cleared only by a
 * verification of the whole chain that passes (after the operator restored the events).
 */
@Component
public class AuditChainAlarm {

	private static final Logger log = LoggerFactory.getLogger(AuditChainAlarm.class);

	private final AtomicReference<@Nullable ChainBreak> current = new AtomicReference<>();

	private final Clock clock;

	@Autowired
	AuditChainAlarm(Clock clock) {
		this.clock = clock;
	}

	/** An alarm on its own (the benchmark's scratch logs). */
	public AuditChainAlarm() {
		this(Clock.systemUTC());
	}

	/** The known break, if any. */
	public Optional<ChainBreak> current() {
		return Optional.ofNullable(this.current.get());
	}

	public boolean broken() {
		return this.current.get() != null;
	}

	/**
	 * Records a break; logs it once (a break earlier in the chain than the one known
	 * replaces it and is logged too).
	 */
	public void raise(long brokenAt, String problem) {
		ChainBreak found = new ChainBreak(brokenAt, problem, this.clock.instant());
		ChainBreak before = this.current
			.getAndUpdate((known) -> (known == null || brokenAt < known.brokenAt()) ? found : known);
		if (before == null || brokenAt < before.brokenAt()) {
			log.error(
					"{} The console keeps working and appending, but signs no checkpoint over the break "
							+ "until the events are restored (see the operator guide, 'A broken audit chain').",
					found.summary());
		}
	}

	/** A verification of the whole chain passed: the alarm ends. */
	void clear() {
		ChainBreak before = this.current.getAndSet(null);
		if (before != null) {
			log.warn("The audit log's hash chain verifies again (it was broken at event #{}).", before.brokenAt());
		}
	}

	/** The outcome of a verification of the whole chain. */
	void verified(ChainVerification result) {
		if (result.ok()) {
			clear();
		}
		else if (result.brokenAt() != null) {
			raise(result.brokenAt(), String.valueOf(result.problem()));
		}
	}

}
