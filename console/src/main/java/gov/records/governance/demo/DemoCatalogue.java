package gov.records.governance.demo;

import java.util.List;

/** The fixed names of the fictional Department of Civic Resilience and its people. */
final class DemoCatalogue {

	static final String DEPARTMENT_CODE = "DCR";

	static final String DEPARTMENT_NAME = "Department of Civic Resilience";

	/** Component code and name. */
	record Component(String code, String name) {
	}

	static final List<Component> COMPONENTS = List.of(new Component("OS", "Office of the Secretary"),
			new Component("FEC", "Federal Emergency Coordination Agency"),
			new Component("BLR", "Bureau of Land Records"), new Component("NWL", "National Weather Logistics Service"),
			new Component("BPH", "Bureau of Public Health Operations"),
			new Component("OIG", "Office of Inspector General"));

	/**
	 * Office code suffix and name; the first n are used for a size with n offices per
	 * component.
	 */
	static final List<Component> OFFICES = List.of(new Component("OPS", "Operations"),
			new Component("POL", "Policy and Planning"), new Component("FLD", "Field Office Region 1"),
			new Component("LEG", "Legal Counsel"), new Component("BUD", "Budget and Finance"),
			new Component("ITS", "Information Technology"), new Component("PUB", "Public Affairs"),
			new Component("WCH", "Watch Center"), new Component("HRM", "Human Resources"),
			new Component("ACQ", "Acquisition"), new Component("FL2", "Field Office Region 2"),
			new Component("TRN", "Training Academy"));

	/** Regions the components after the named six serve (xlarge's shared service). */
	private static final List<String> REGIONS = List.of("Northeast", "Mid-Atlantic", "Southeast", "Great Lakes",
			"Plains", "Gulf Coast", "Mountain West", "Pacific Northwest", "Southwest", "Alaska and Pacific");

	/** Service lines of those components. */
	private static final List<String> SERVICES = List.of("Civic Resilience Service", "Grants Administration",
			"Records Service Center", "Infrastructure Agency");

	/**
	 * The first {@code count} components: the six named ones, then regional agencies of
	 * the shared service ({@code R07}, {@code R08}, ...).
	 */
	static List<Component> components(int count) {
		if (count <= COMPONENTS.size()) {
			return COMPONENTS.subList(0, count);
		}
		List<Component> all = new java.util.ArrayList<>(COMPONENTS);
		for (int i = COMPONENTS.size(); i < count; i++) {
			int n = i - COMPONENTS.size();
			all.add(new Component(String.format("R%02d", i + 1),
					REGIONS.get(n % REGIONS.size()) + " " + SERVICES.get((n / REGIONS.size()) % SERVICES.size())));
		}
		return List.copyOf(all);
	}

	static final List<String> TOPICS = List.of("Incident Response", "Leadership Sync", "Field Coordination",
			"Budget Review", "Legal Review", "Press Desk", "IT Helpdesk", "Logistics", "Policy Drafting",
			"Shift Handover", "Travel Coordination", "Grants", "Procurement", "Hiring Panel", "Readiness",
			"Continuity Planning", "Data Requests", "Site Visits", "Training", "Regional Liaison");

	static final List<String> FIRST_NAMES = List.of("Avery", "Jordan", "Morgan", "Riley", "Casey", "Taylor", "Quinn",
			"Reese", "Harper", "Rowan", "Emerson", "Hayden", "Parker", "Sawyer", "Dakota", "Elliot", "Finley", "Jamie",
			"Kendall", "Logan", "Marlow", "Noel", "Oakley", "Peyton", "Sage", "Skyler");

	static final List<String> LAST_NAMES = List.of("Brooks", "Chen", "Diaz", "Ellis", "Foster", "Garcia", "Hughes",
			"Iverson", "Johnson", "Kim", "Lopez", "Morris", "Nguyen", "Okafor", "Patel", "Quintero", "Reyes", "Singh",
			"Turner", "Usman", "Vasquez", "Walker", "Xu", "Young", "Zimmerman", "Abbott", "Baker");

	static final List<String> GENERAL_TITLES = List.of("Program Analyst", "Emergency Management Specialist",
			"Supervisory Program Manager", "Policy Advisor", "IT Specialist", "Public Affairs Specialist",
			"Attorney-Advisor", "Budget Analyst", "Field Coordinator", "Watch Officer");

	static final List<String> ADMIN_TITLES = List.of("Administrative Assistant", "Scheduler", "Travel Coordinator",
			"Office Support Assistant", "Management Assistant");

	static final List<String> CAPSTONE_TITLES = List.of("Secretary", "Deputy Secretary", "Assistant Secretary",
			"Chief Information Officer", "Program Office Director", "Regional Administrator", "General Counsel",
			"Inspector General", "Senior Advisor to the Secretary", "Chief of Staff");

	static final List<String> CHANGE_REASONS = List.of("Aligned timer with GRS 6.1 retention",
			"Enabled capture after data-retention bot rollout", "Shortened lifetime for transitory coordination",
			"Requested by component records liaison", "Incident closed; restored standard settings",
			"Pilot settings per CIO memo", "Burn-on-read cap lowered after security review");

	private DemoCatalogue() {
	}

}
