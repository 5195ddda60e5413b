package gov.records.governance.demo;

import gov.records.governance.organizations.OrganizationKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo department tree: the department, its components (six, or forty at xlarge), and
 * offices under each.
 */
final class DemoOrganizations {

	private final List<Object[]> rows = new ArrayList<>();

	private final Map<String, Long> idsByCode = new LinkedHashMap<>();

	private final Map<Long, String> codesById = new HashMap<>();

	private final List<Long> officeIds = new ArrayList<>();

	private DemoOrganizations() {
	}

	static DemoOrganizations build(DemoSize size) {
		DemoOrganizations orgs = new DemoOrganizations();
		long department = orgs.add(null, DemoCatalogue.DEPARTMENT_CODE, DemoCatalogue.DEPARTMENT_NAME,
				OrganizationKind.DEPARTMENT, 0);
		for (DemoCatalogue.Component component : DemoCatalogue.components(size.components())) {
			long componentId = orgs.add(department, component.code(), component.name(), OrganizationKind.COMPONENT, 1);
			for (DemoCatalogue.Component office : DemoCatalogue.OFFICES.subList(0, size.officesPerComponent())) {
				long officeId = orgs.add(componentId, component.code() + "-" + office.code(), office.name(),
						OrganizationKind.OFFICE, 2);
				orgs.officeIds.add(officeId);
			}
		}
		return orgs;
	}

	private long add(Long parent, String code, String name, OrganizationKind kind, int depth) {
		long id = this.rows.size() + 1;
		this.rows.add(new Object[] { id, parent, code, name, kind.name(), depth });
		this.idsByCode.put(code, id);
		this.codesById.put(id, code);
		return id;
	}

	List<Object[]> rows() {
		return this.rows;
	}

	List<Long> officeIds() {
		return this.officeIds;
	}

	Map<String, Long> idsByCode() {
		return Map.copyOf(this.idsByCode);
	}

	long idOf(String code) {
		return this.idsByCode.get(code);
	}

	String codeOf(long id) {
		return this.codesById.get(id);
	}

}
