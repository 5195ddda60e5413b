package gov.records.governance.evidence.proof;

/** A proof file that is malformed or does not verify, with the reason. */
public class ProofFileException extends RuntimeException {

	public ProofFileException(String message) {
		super(message);
	}

	public ProofFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
