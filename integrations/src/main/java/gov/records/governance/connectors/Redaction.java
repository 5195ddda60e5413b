package gov.records.governance.connectors;

/** Shows only the last four characters of an identifier that should not be printed. */
final class Redaction {

	private Redaction() {
	}

	static String tail(String value) {
		return (value.length() <= 4) ? "***" : "***" + value.substring(value.length() - 4);
	}

}
