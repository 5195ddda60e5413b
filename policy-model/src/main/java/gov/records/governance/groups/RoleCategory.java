package gov.records.governance.groups;

/**
 * The records role of an account's holder, which decides the GRS 6.1 item that covers its
 * messages: the ten Capstone categories (item 010, permanent), everyone else (item 011)
 * and routine administrative roles (item 012).
 */
public enum RoleCategory {

	CAPSTONE_1("Capstone 1: agency head"), CAPSTONE_2("Capstone 2: principal deputy"),
	CAPSTONE_3("Capstone 3: principal assistant"), CAPSTONE_4("Capstone 4: CIO/CFO level"),
	CAPSTONE_5("Capstone 5: significant program office director"), CAPSTONE_6("Capstone 6: regional head"),
	CAPSTONE_7("Capstone 7: General Counsel"), CAPSTONE_8("Capstone 8: Inspector General"),
	CAPSTONE_9("Capstone 9: senior advisor"), CAPSTONE_10("Capstone 10: other senior official"),
	GENERAL("General (GRS 6.1 item 011)"), ADMINISTRATIVE("Administrative support (GRS 6.1 item 012)");

	private final String label;

	RoleCategory(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isCapstone() {
		return name().startsWith("CAPSTONE_");
	}

}
