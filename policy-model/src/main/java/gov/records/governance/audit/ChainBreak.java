package gov.records.governance.audit;

import java.time.Instant;

/**
 * Where the audit chain was found broken ({@code brokenAt}, the first event that does not
 * hold), why, and when the console noticed.
 */
public record ChainBreak(long brokenAt, String problem, Instant detectedAt) {

	/** The sentence the banner, the log and the health detail show. */
	public String summary() {
		return "The audit log's hash chain is broken at event #" + this.brokenAt + ": " + this.problem + ".";
	}

}
