package gov.records.governance.security;

/**
 * The {@code prod} profile's start refused for missing settings; the message says which.
 */
class ProdSettingsMissingException extends RuntimeException {

	ProdSettingsMissingException(String message) {
		super(message);
	}

}
