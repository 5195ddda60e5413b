package gov.records.governance.evidence.merkle;

/** A proof that does not verify, with the reason in the message. */
public class InvalidProofException extends RuntimeException {

	public InvalidProofException(String message) {
		super(message);
	}

}
