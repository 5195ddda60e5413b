package gov.records.governance.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the hash chain: OK with how many events and the head hash
 * (compare it with a published checkpoint to detect a truncated copy), or the first
 * broken link and why.
 */
public record ChainVerification(boolean ok, long eventsChecked, @Nullable String headHash, @Nullable Long brokenAt,
		@Nullable String problem) {

	public static ChainVerification ok(long events, @Nullable String head) {
		return new ChainVerification(true, events, head, null, null);
	}

	public static ChainVerification broken(long checked, long seq, String problem) {
		return new ChainVerification(false, checked, null, seq, problem);
	}

	public String summary() {
		return this.ok ? "OK: " + this.eventsChecked + " events chain correctly; head " + this.headHash
				: "BROKEN at event #" + this.brokenAt + ": " + this.problem;
	}

}
