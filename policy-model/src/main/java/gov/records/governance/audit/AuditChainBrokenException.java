package gov.records.governance.audit;

/**
 * A checkpoint was asked for over a broken chain: the console does not sign one until the
 * chain verifies again.
 */
public class AuditChainBrokenException extends RuntimeException {

	public AuditChainBrokenException(ChainBreak known) {
		super(known.summary() + " No checkpoint is signed over the break until the events are restored.");
	}

}
