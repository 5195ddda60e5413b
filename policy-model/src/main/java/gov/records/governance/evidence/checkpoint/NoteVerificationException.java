package gov.records.governance.evidence.checkpoint;

/** A note that is malformed or not signed by a trusted key, with the reason. */
public class NoteVerificationException extends RuntimeException {

	public NoteVerificationException(String message) {
		super(message);
	}

}
