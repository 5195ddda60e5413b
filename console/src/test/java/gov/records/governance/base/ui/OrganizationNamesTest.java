package gov.records.governance.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import gov.records.governance.audit.AuditRecord;
import gov.records.governance.audit.ui.AuditLogView;
import gov.records.governance.compliance.FindingRow;
import gov.records.governance.compliance.ui.FindingListView;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.OrganizationTree;
import java.util.ArrayList;
import java.util.List;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Organizations are named with their component in the findings and audit rows (issue 14,
 * Found 7, build 6): every component has an "Operations" office, so a bare name says
 * nothing. The full text is also on hover (a tooltip) and in the row's details.
 */
@SpringBootTest
class OrganizationNamesTest extends SpringBrowserlessTest {

	@Autowired
	private OrganizationService organizations;

	@Autowired
	private AuditService audit;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	@SuppressWarnings("unchecked")
	void theFindingsGridNamesEachOrganizationWithItsComponent() {
		navigate(FindingListView.class);
		Grid<FindingRow> grid = find(Grid.class).id("finding-grid");
		OrganizationTree tree = this.organizations.fullTree();
		int rows = Math.min(test(grid).size(), 50);
		assertThat(rows).isPositive();
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			FindingRow row = test(grid).getRow(i);
			String cell = test(grid).getCellText(i, 5);
			assertThat(cell).isEqualTo(tree.nameWithComponent(row.organizationId()));
			cells.add(cell);
		}
		// offices below a component carry its name: "Operations · Federal Emergency ..."
		assertThat(cells).anyMatch((c) -> c.contains(" · "));
	}

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	@SuppressWarnings("unchecked")
	void theAuditGridNamesTheActorsOrganizationsWithTheirComponent() {
		// an event by the component administrator about an office of its component
		long office = this.jdbc
			.sql("select min(id) from organization where kind <> 'COMPONENT' and kind <> 'DEPARTMENT'"
					+ " and parent_id is not null")
			.query(Long.class)
			.single();
		this.audit.recordFor("admin-fec", "PLATFORM_ADMIN", AuditEntry.of("test.names", "organization", office));
		navigate(AuditLogView.class);
		Grid<AuditRecord> grid = find(Grid.class).id("audit-grid");
		OrganizationTree tree = this.organizations.fullTree();
		int rows = Math.min(test(grid).size(), 100);
		int scoped = 0;
		for (int i = 0; i < rows; i++) {
			AuditRecord row = test(grid).getRow(i);
			String cell = test(grid).getCellText(i, 5);
			if (row.orgScope() == null) {
				assertThat(cell).isEmpty();
				continue;
			}
			scoped++;
			assertThat(cell).isEqualTo(java.util.Arrays.stream(row.orgScope().split(","))
				.map((id) -> tree.nameWithComponent(Long.parseLong(id.strip())))
				.collect(java.util.stream.Collectors.joining("; ")));
		}
		assertThat(scoped).as("events written by users with a grant").isPositive();
		String named = "organization " + tree.nameWithComponent(office);
		assertThat(named).contains(" · ");
		assertThat(java.util.stream.IntStream.range(0, rows).mapToObj((i) -> test(grid).getCellText(i, 6)))
			.contains(named);
	}

}
