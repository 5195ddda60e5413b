package gov.records.governance.audit;

import org.jspecify.annotations.Nullable;

/**
 * Walks events in sequence order and checks each link: the sequence has no gap, each
 * event names the previous event's hash, and each hash is the SHA-256 of the previous
 * hash and the event's canonical form. Detects a modified, deleted or reordered event at
 * the first place it breaks the chain.
 */
public final class ChainVerifier {

	private String previous = AuditChain.GENESIS;

	private long expectedSeq = 1;

	private long checked;

	private @Nullable ChainVerification failure;

	/**
	 * After a gap: the event that should have come ({@code missing}) and the one that
	 * came instead; the rest is read to tell a reorder (it shows up later) from a
	 * deletion.
	 */
	private long missing;

	private long cameInstead;

	private final ChainHasher hasher = new ChainHasher();

	/**
	 * Checks the next event; returns false once the chain is broken (further events are
	 * ignored), except after a gap in the sequence, where the events that follow are read
	 * until the missing one turns up (then it is a reorder, not a deletion).
	 */
	public boolean accept(AuditRecord event) {
		if (this.missing > 0) {
			if (event.seq() == this.missing) {
				this.failure = ChainVerification.broken(this.checked, this.missing, "the events are reordered: event #"
						+ this.missing + " comes after event #" + this.cameInstead + " instead of before it");
				this.missing = 0;
			}
			return this.missing > 0;
		}
		if (this.failure != null) {
			return false;
		}
		if (event.seq() > this.expectedSeq) {
			// a deletion or a reorder: the events after it tell which
			this.missing = this.expectedSeq;
			this.cameInstead = event.seq();
			fail(this.expectedSeq,
					"event #" + this.expectedSeq + " is missing (the next stored event is #" + event.seq() + ")");
			return true;
		}
		if (event.seq() != this.expectedSeq) {
			return fail(this.expectedSeq, "event #" + event.seq() + " appears out of order");
		}
		if (event.prevHash() == null || event.hash() == null) {
			return fail(event.seq(), "it has no " + ((event.prevHash() == null) ? "prevHash" : "hash"));
		}
		if (!event.prevHash().equals(this.previous)) {
			return fail(event.seq(), "it does not chain to the event before it (deleted, inserted or reordered)");
		}
		if (!this.hasher.matches(this.previous, event, event.hash())) {
			return fail(event.seq(), "its content does not match its hash (the event was modified)");
		}
		this.previous = event.hash();
		this.expectedSeq++;
		this.checked++;
		return true;
	}

	public ChainVerification result() {
		return (this.failure != null) ? this.failure
				: ChainVerification.ok(this.checked, (this.checked > 0) ? this.previous : null);
	}

	private boolean fail(long seq, String problem) {
		this.failure = ChainVerification.broken(this.checked, seq, problem);
		return false;
	}

}
