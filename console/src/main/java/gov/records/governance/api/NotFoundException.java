package gov.records.governance.api;

/** Nothing at that address that the caller may see. */
class NotFoundException extends RuntimeException {

	NotFoundException(String what) {
		super(what + " not found");
	}

}
