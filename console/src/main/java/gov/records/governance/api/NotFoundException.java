package gov.records.governance.api;

/**
 * Nothing at that address that the caller may see; the message says what, in a sentence.
 */
class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}

	/** "Group 12 was not found." */
	static NotFoundException of(String what) {
		return new NotFoundException(what + " was not found.");
	}

}
