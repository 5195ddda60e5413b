package gov.records.governance.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import gov.records.governance.base.ui.NotFoundView;
import gov.records.governance.compliance.ui.FindingListView;
import gov.records.governance.dashboard.DashboardService;
import gov.records.governance.dashboard.Scorecard;
import gov.records.governance.groups.GroupRow;
import gov.records.governance.groups.ui.GroupDetailsView;
import gov.records.governance.groups.ui.GroupListView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The dashboard (issue 14, build 1): every figure is a link whose list shows exactly that
 * many rows, the figures of a component administrator are its component's only (Found 6),
 * and a tampered, out-of-scope or unknown link says so and shows nothing of another
 * organization.
 */
@SpringBootTest
class DashboardViewTest extends SpringBrowserlessTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DashboardService dashboard;

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void theCioSeesAScorecardPerComponentEachNumberALinkAndAnAsOfTime() {
		navigate(DashboardView.class);
		long components = this.jdbc.sql("select count(*) from organization where kind = 'COMPONENT'")
			.query(Long.class)
			.single();
		List<RouterLink> critical = $(RouterLink.class).all()
			.stream()
			.filter((l) -> l.getId().orElse("").matches("component-\\d+-critical"))
			.toList();
		assertThat(critical).hasSize((int) components);
		assertThat(find(Span.class).id("as-of").getText()).matches("As of \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
		assertThat($(Image.class).all()).hasSizeGreaterThan((int) components)
			.allMatch((i) -> i.getSrc().startsWith("data:image/svg+xml;base64,"))
			.allMatch((i) -> i.getAlt().orElse("").contains("last 90 days"));
		long open = this.jdbc.sql("select count(*) from finding where resolved_at is null and severity = 'CRITICAL'")
			.query(Long.class)
			.single();
		assertThat(figure("total-critical")).isEqualTo(open);
		assertThat(critical.stream().mapToLong((l) -> Long.parseLong(l.getText().replace(",", ""))).sum())
			.isEqualTo(open);
		assertThat($(RouterLink.class).all()).allMatch((l) -> !l.getHref().isBlank());
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void aComponentsCriticalNumberOpensTheFindingsItCounts() {
		navigate(DashboardView.class);
		RouterLink link = $(RouterLink.class).all()
			.stream()
			.filter((l) -> l.getId().orElse("").matches("component-\\d+-critical"))
			.filter((l) -> !l.getText().equals("0"))
			.findFirst()
			.orElseThrow();
		assertThat(link.getHref()).startsWith("findings?").contains("severity=CRITICAL", "organization=");
		String expected = link.getText();
		follow(link);
		assertThat(getCurrentView()).isInstanceOf(FindingListView.class);
		assertThat(find(Span.class).id("finding-count").getText())
			.isEqualTo(expected + (expected.equals("1") ? " finding" : " findings"));
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void theComplianceAndCaptureNumbersOpenTheGroupsTheyCount() {
		navigate(DashboardView.class);
		RouterLink compliance = find(RouterLink.class).id("total-compliance");
		assertThat(compliance.getHref()).contains("attention=non-compliant");
		long nonCompliant = this.jdbc
			.sql("select count(*) from messaging_group g where exists (select 1 from finding f"
					+ " where f.group_id = g.id and f.resolved_at is null and f.severity in ('CRITICAL', 'HIGH'))")
			.query(Long.class)
			.single();
		assertThat(nonCompliant).isPositive();
		Scorecard total = this.dashboard.figures().total();
		follow(compliance);
		assertThat(getCurrentView()).isInstanceOf(GroupListView.class);
		assertThat(groupCount()).isEqualTo(nonCompliant);
		// the compliance figure counts the complement of the list its link opens
		assertThat(total.groups() - total.compliant()).isEqualTo(groupCount());

		navigate(DashboardView.class);
		RouterLink noCapture = find(RouterLink.class).id("total-no-capture");
		assertThat(noCapture.getHref()).contains("autoDelete=on", "capture=off");
		long figure = Long.parseLong(noCapture.getText().replace(",", ""));
		follow(noCapture);
		assertThat(groupCount()).isEqualTo(figure);
	}

	/**
	 * Found 6: the component administrator's drift is its component's, not the
	 * department's.
	 */
	@Test
	@WithMockUser(username = "admin-fec", roles = "PLATFORM_ADMIN")
	void aComponentAdministratorSeesItsComponentsFiguresOnly() {
		setOpenDriftOutsideAndInside();
		navigate(DashboardView.class);
		assertThat($(RouterLink.class).all())
			.noneMatch((l) -> l.getId().orElse("").matches("component-\\d+-critical") && isNotFec(l));
		long fecDrift = openDrift(true);
		assertThat(fecDrift).isLessThan(openDrift(false));
		assertThat(figure("total-drift")).isEqualTo(fecDrift);
		long fecGroups = this.jdbc.sql("select count(*) from messaging_group where name like 'FEC-%'")
			.query(Long.class)
			.single();
		long onPlatforms = $(RouterLink.class).all()
			.stream()
			.filter((l) -> l.getText().endsWith(" groups") && l.getHref().contains("platform="))
			.mapToLong((l) -> Long.parseLong(l.getText().replace(" groups", "").replace(",", "")))
			.sum();
		assertThat(onPlatforms).isEqualTo(fecGroups);
	}

	/** Issue 14, build 2: the administrator's queue counts what its links list. */
	@Test
	@WithMockUser(username = "admin-fec", roles = "PLATFORM_ADMIN")
	void theAdministratorsQueueCountsWhatItsLinksList() {
		setOpenDriftOutsideAndInside();
		navigate(DashboardView.class);
		for (String reason : List.of("non-compliant", "drifted", "on-hold", "failed-push")) {
			navigate(DashboardView.class);
			RouterLink link = find(RouterLink.class).id("queue-" + reason);
			assertThat(link.getHref()).isEqualTo("groups?attention=" + reason);
			long figure = Long.parseLong(link.getText().replace(",", ""));
			follow(link);
			assertThat(groupCount()).as(reason).isEqualTo(figure);
			if (figure > 0) {
				assertThat(groupNames()).allMatch((n) -> n.startsWith("FEC-"));
			}
		}
		navigate(DashboardView.class);
		assertThat(figure("queue-drifted")).isEqualTo(openDrift(true));
	}

	@Test
	@WithMockUser(username = "admin-fec", roles = "PLATFORM_ADMIN")
	void anOrganizationOutsideTheScopeInALinkIsNamedAndNothingOfItIsShown() {
		long other = this.jdbc.sql("select id from organization where kind = 'COMPONENT' and code <> 'FEC' order by id")
			.query(Long.class)
			.list()
			.getFirst();
		go("groups?organization=" + other + "&attention=nonsense");
		assertThat(getCurrentView()).isInstanceOf(GroupListView.class);
		String message = find(Span.class).id("filter-ignored").getText();
		assertThat(message).contains("organization '" + other + "'", "not one of your organizations",
				"attention 'nonsense'");
		assertThat(groupNames()).isNotEmpty().allMatch((n) -> n.startsWith("FEC-"));

		go("findings?organization=" + other + "&severity=SEVERE");
		assertThat(find(Span.class).id("filter-ignored").getText()).contains("organization '" + other + "'",
				"severity 'SEVERE'");
		@SuppressWarnings("unchecked")
		Grid<gov.records.governance.compliance.FindingRow> findings = find(Grid.class).id("finding-grid");
		for (int row = 0; row < test(findings).size(); row++) {
			assertThat(test(findings).getCellText(row, 4)).doesNotContain(otherName(other));
		}
	}

	@Test
	@WithMockUser(username = "admin-fec", roles = "PLATFORM_ADMIN")
	void anUnknownOrOutOfScopeGroupIdShowsNotFound() {
		long outside = this.jdbc.sql("select id from messaging_group where name not like 'FEC-%' order by id")
			.query(Long.class)
			.list()
			.getFirst();
		navigate("groups/" + outside, NotFoundView.class);
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		navigate("groups/99999999", NotFoundView.class);
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		navigate("groups/x1", NotFoundView.class);
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		assertThat(GroupDetailsView.class).isNotNull();
	}

	@org.junit.jupiter.api.AfterEach
	void removeTestFindings() {
		this.jdbc.sql("delete from finding where summary = 'test drift'").update();
	}

	private void follow(RouterLink link) {
		go(link.getHref());
	}

	/** Opens an address with its query, as the browser does when a link is followed. */
	private static void go(String href) {
		com.vaadin.flow.router.Location location = new com.vaadin.flow.router.Location(href);
		UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
	}

	private long figure(String id) {
		return Long.parseLong(find(RouterLink.class).id(id).getText().replace(",", "").replace("%", ""));
	}

	private long groupCount() {
		return Long.parseLong(find(Span.class).id("group-count").getText().replaceAll("[^0-9]", ""));
	}

	private List<String> groupNames() {
		@SuppressWarnings("unchecked")
		Grid<GroupRow> grid = find(Grid.class).id("group-grid");
		List<String> names = new ArrayList<>();
		for (int row = 0; row < test(grid).size(); row++) {
			names.add(test(grid).getCellText(row, 0));
		}
		return names;
	}

	private String otherName(long id) {
		return this.jdbc.sql("select name from organization where id = ?").param(id).query(String.class).single();
	}

	private boolean isNotFec(RouterLink link) {
		String id = link.getId().orElse("").replaceAll("\\D", "");
		return !this.jdbc.sql("select code from organization where id = ?")
			.param(Long.parseLong(id))
			.query(String.class)
			.single()
			.equals("FEC");
	}

	/** Open drift findings in FEC's subtree, or in the whole department. */
	private long openDrift(boolean fecOnly) {
		return this.jdbc
			.sql("select count(*) from finding f join organization o on o.id = f.organization_id"
					+ " join organization c on c.code = 'FEC'"
					+ " where f.rule_id = 'SETTINGS_DRIFT' and f.resolved_at is null"
					+ (fecOnly ? " and o.tree_left between c.tree_left and c.tree_right" : ""))
			.query(Long.class)
			.single();
	}

	/**
	 * One open drift finding inside FEC and one outside, so the department's count is
	 * bigger than the component's whatever the demo's syncs found.
	 */
	private void setOpenDriftOutsideAndInside() {
		for (boolean fec : new boolean[] { true, false }) {
			var group = this.jdbc
				.sql("select id, organization_id, platform_id from messaging_group where name "
						+ (fec ? "like" : "not like") + " 'FEC-%' and id not in (select group_id from finding"
						+ " where rule_id = 'SETTINGS_DRIFT' and resolved_at is null and group_id is not null)"
						+ " order by id")
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
				.list()
				.getFirst();
			this.jdbc
				.sql("insert into finding (rule_id, severity, summary, subject_type, subject_id, group_id,"
						+ " organization_id, platform_id, first_seen, last_seen, evidence)"
						+ " values ('SETTINGS_DRIFT', 'HIGH', 'test drift', 'GROUP', ?, ?, ?, ?, current_timestamp,"
						+ " current_timestamp, '{}')")
				.params(group[0], group[0], group[1], group[2])
				.update();
		}
	}

}
