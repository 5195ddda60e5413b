package gov.records.governance.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.ModelFixture;
import gov.records.governance.access.AccessService;
import gov.records.governance.groups.domain.DeletionPolicyVersions;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the groups service and its repositories must do on every supported database.
 * Subclasses run it on H2 and on PostgreSQL.
 */
@Import({ GroupService.class, GroupListQuery.class, OrganizationService.class, AccessService.class,
		ModelFixture.class })
@Transactional
abstract class GroupServiceContract {

	@Autowired
	ModelFixture fixture;

	@Autowired
	GroupService groups;

	@Autowired
	DeletionPolicyVersions versions;

	@Autowired
	JdbcTemplate jdbc;

	long wickr;

	long mattermost;

	long componentA;

	long componentB;

	long officeA1;

	long opsA;

	long chatB;

	@BeforeEach
	void department() {
		long department = this.fixture.organization(null, "DEPT", OrganizationKind.DEPARTMENT);
		this.componentA = this.fixture.organization(department, "A", OrganizationKind.COMPONENT);
		this.componentB = this.fixture.organization(department, "B", OrganizationKind.COMPONENT);
		this.officeA1 = this.fixture.organization(this.componentA, "A-1", OrganizationKind.OFFICE);
		this.wickr = this.fixture.platform("Wickr", PlatformKind.WICKR);
		this.mattermost = this.fixture.platform("Mattermost", PlatformKind.MATTERMOST);
		this.opsA = this.fixture.group(this.wickr, this.officeA1, "Alpha Operations", ModelFixture.kept());
		this.fixture.group(this.mattermost, this.componentA, "Alpha Budget",
				ModelFixture.autoDelete(Duration.ofDays(7), true));
		this.chatB = this.fixture.group(this.wickr, this.componentB, "Bravo Chat",
				ModelFixture.autoDelete(Duration.ofDays(1), false));
		this.fixture.group(this.wickr, this.componentB, "Charlie <b>ops</b>' OR 1=1 -- 100% done", ModelFixture.kept());
		this.fixture.bind("cio", department);
		this.fixture.bind("admin-a", this.componentA);
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void departmentUserSeesEveryGroupSortedByName() {
		List<GroupRow> rows = this.groups.list(GroupFilter.none(), PageRequest.of(0, 10, Sort.by("name")));
		assertThat(rows).extracting(GroupRow::name)
			.containsExactly("Alpha Budget", "Alpha Operations", "Bravo Chat",
					"Charlie <b>ops</b>' OR 1=1 -- 100% done");
		assertThat(this.groups.count(GroupFilter.none())).isEqualTo(4);
	}

	@Test
	@WithMockUser(username = "admin-a", roles = "PLATFORM_ADMIN")
	void componentUserSeesOnlyItsComponent() {
		assertThat(this.groups.list(GroupFilter.none(), PageRequest.of(0, 10))).extracting(GroupRow::name)
			.containsExactly("Alpha Budget", "Alpha Operations");
		assertThat(this.groups.details(this.chatB)).isEmpty();
		assertThat(this.groups.history(this.chatB)).isEmpty();
		assertThat(this.groups.list(GroupFilter.none().withOrganization(this.componentB), PageRequest.of(0, 10)))
			.isEmpty();
	}

	@Test
	@WithMockUser(username = "nobody-bound", roles = "CIO")
	void userWithoutScopeSeesNothing() {
		assertThat(this.groups.list(GroupFilter.none(), PageRequest.of(0, 10))).isEmpty();
		assertThat(this.groups.count(GroupFilter.none())).isZero();
	}

	@Test
	@WithMockUser(username = "cio", roles = "SOMETHING_ELSE")
	void roleOutsideTheConsoleIsRefused() {
		assertThatThrownBy(() -> this.groups.count(GroupFilter.none())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void filtersCombineSubtreePlatformAutoDeleteAndName() {
		GroupFilter inA = GroupFilter.none().withOrganization(this.componentA);
		assertThat(names(inA)).containsExactly("Alpha Budget", "Alpha Operations");
		assertThat(names(inA.withPlatform(this.wickr))).containsExactly("Alpha Operations");
		assertThat(names(GroupFilter.none().withAutoDelete(true))).containsExactly("Alpha Budget", "Bravo Chat");
		assertThat(names(GroupFilter.none().withNameContains("BRAVO C"))).containsExactly("Bravo Chat");
	}

	/**
	 * Issue 14, build 4 (DD066): the list as of a past moment reads the version then in
	 * force from the history; groups without a version yet are left out; the settings
	 * filters and sorting apply to that version (the version join's parameters come
	 * before the filters' in both the page's ids and its rows).
	 */
	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void theListAsOfAPastMomentReadsTheVersionThenInForce() {
		// the other groups were created in September
		this.jdbc.update("update deletion_policy_version set valid_from = ? where group_id <> ?",
				java.sql.Timestamp.from(java.time.Instant.parse("2026-09-01T00:00:00Z")), this.opsA);
		this.jdbc.update("update deletion_policy_version set valid_from = ?, valid_to = ? where group_id = ?",
				java.sql.Timestamp.from(java.time.Instant.parse("2026-01-01T00:00:00Z")),
				java.sql.Timestamp.from(java.time.Instant.parse("2026-06-01T00:00:00Z")), this.opsA);
		this.jdbc.update("""
				insert into deletion_policy_version (group_id, auto_delete, max_lifetime_seconds, burn_on_read_seconds,
				    shredder_intensity, capture_enabled, valid_from, changed_by)
				values (?, true, 604800, null, 0, true, ?, 'test')
				""", this.opsA, java.sql.Timestamp.from(java.time.Instant.parse("2026-06-01T00:00:00Z")));
		java.time.Instant march = java.time.Instant.parse("2026-03-01T00:00:00Z");
		java.time.Instant july = java.time.Instant.parse("2026-07-01T00:00:00Z");
		PageRequest page = PageRequest.of(0, 10, Sort.by("maxLifetime"));
		assertThat(this.groups.listInForceAt(GroupFilter.none(), march, page)).singleElement()
			.satisfies((row) -> assertThat(row.settings().autoDelete()).isFalse());
		assertThat(this.groups.countInForceAt(GroupFilter.none(), march)).isEqualTo(1);
		assertThat(this.groups.listInForceAt(GroupFilter.none().withAutoDelete(true), march, page)).isEmpty();
		assertThat(
				this.groups.listInForceAt(GroupFilter.none().withAutoDelete(true).withPlatform(this.wickr), july, page))
			.extracting(GroupRow::name)
			.containsExactly("Alpha Operations");
		assertThat(this.groups.countInForceAt(GroupFilter.none().withAutoDelete(true), july)).isEqualTo(1);
		// now: the version in force today, every group
		assertThat(this.groups.count(GroupFilter.none())).isEqualTo(4);
		assertThat(this.groups.listInForceAt(GroupFilter.none(), java.time.Instant.now(), page)).hasSize(4);
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void searchTextWithSqlOrHtmlIsMatchedLiterally() {
		assertThat(names(GroupFilter.none().withNameContains("' OR 1=1 --")))
			.containsExactly("Charlie <b>ops</b>' OR 1=1 -- 100% done");
		assertThat(names(GroupFilter.none().withNameContains("%")))
			.containsExactly("Charlie <b>ops</b>' OR 1=1 -- 100% done");
		assertThat(names(GroupFilter.none().withNameContains("_"))).isEmpty();
		assertThat(names(GroupFilter.none().withNameContains("<b>"))).hasSize(1);
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void sortsByOrganizationThenPages() {
		PageRequest firstTwo = PageRequest.of(0, 2, Sort.by("organizationName", "name"));
		PageRequest nextTwo = PageRequest.of(1, 2, Sort.by("organizationName", "name"));
		assertThat(this.groups.list(GroupFilter.none(), firstTwo)).extracting(GroupRow::organizationName)
			.containsExactly("Org A", "Org A-1");
		assertThat(this.groups.list(GroupFilter.none(), nextTwo)).extracting(GroupRow::organizationName)
			.containsExactly("Org B", "Org B");
		assertThatThrownBy(() -> this.groups.list(GroupFilter.none(), PageRequest.of(0, 2, Sort.by("version; drop"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void detailsShowPathSettingsAndMembers() {
		this.fixture.member(this.opsA, this.wickr, this.officeA1, "Zoe", RoleCategory.GENERAL);
		this.fixture.member(this.opsA, this.wickr, this.officeA1, "Ada", RoleCategory.CAPSTONE_1);
		GroupDetails details = this.groups.details(this.opsA).orElseThrow();
		assertThat(details.organizationPath()).extracting((n) -> n.code()).containsExactly("DEPT", "A", "A-1");
		assertThat(details.accountCount()).isEqualTo(2);
		assertThat(details.group().settings().autoDelete()).isFalse();
		assertThat(this.groups.accounts(this.opsA, PageRequest.of(0, 10))).extracting(AccountRow::displayName)
			.containsExactly("Ada", "Zoe");
		assertThat(this.groups.details(999_999)).isEmpty();
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void historyIsNewestFirstAndAnswersPointInTimeQueries() {
		Instant change = ModelFixture.T0.plus(Duration.ofDays(30));
		this.fixture.change(this.opsA, ModelFixture.autoDelete(Duration.ofDays(30), true), change, "pilot");
		List<PolicyVersionRow> history = this.groups.history(this.opsA);
		assertThat(history).extracting(PolicyVersionRow::reason).containsExactly("pilot", "initial");
		assertThat(history.get(1).validTo()).isEqualTo(change);
		assertThat(this.versions.findInForceAt(this.opsA, change.minusSeconds(1)).orElseThrow().settings())
			.isEqualTo(ModelFixture.kept());
		assertThat(this.versions.findInForceAt(this.opsA, change).orElseThrow().settings().maxLifetime())
			.isEqualTo(Duration.ofDays(30));
		assertThat(this.versions.findInForceAt(this.opsA, ModelFixture.T0.minusSeconds(1))).isEmpty();
		assertThat(this.groups.list(GroupFilter.none().withNameContains("Alpha Operations"), PageRequest.of(0, 1))
			.getFirst()
			.settings()
			.lifetimeText()).isEqualTo("30 days");
	}

	private List<String> names(GroupFilter filter) {
		return this.groups.list(filter, PageRequest.of(0, 50, Sort.by("name"))).stream().map(GroupRow::name).toList();
	}

	/**
	 * Issue 14: the capture and attention filters (DD058), with the dashboard's
	 * conditions.
	 */
	/**
	 * A hold names a group through the group itself, an organization above it or one of
	 * its members; a released hold names none, and each group is listed once (DD082).
	 */
	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void groupsOnHoldAreNamedByGroupOrganizationOrMemberAndOnlyByActiveHolds() {
		JdbcTemplate jdbc = this.jdbc;
		long charlie = jdbc.queryForObject("select id from messaging_group where name like 'Charlie%'", Long.class);
		long member = this.fixture.member(charlie, this.wickr, this.componentB, "held-member", RoleCategory.GENERAL);
		long active = hold(jdbc, "CASE-ACTIVE", false);
		long released = hold(jdbc, "CASE-RELEASED", true);
		jdbc.update("insert into legal_hold_scope (hold_id, scope_kind, group_id) values (?, 'GROUP', ?)", active,
				this.chatB);
		jdbc.update("insert into legal_hold_scope (hold_id, scope_kind, account_id) values (?, 'ACCOUNT', ?)", active,
				member);
		jdbc.update("insert into legal_hold_scope (hold_id, scope_kind, organization_id) values (?, 'ORGANIZATION', ?)",
				active, this.officeA1);
		jdbc.update("insert into legal_hold_scope (hold_id, scope_kind, organization_id) values (?, 'ORGANIZATION', ?)",
				released, this.componentA);
		// a second active scope naming a group again: still listed once
		jdbc.update("insert into legal_hold_scope (hold_id, scope_kind, group_id) values (?, 'GROUP', ?)", active,
				this.opsA);
		GroupFilter onHold = GroupFilter.none().withAttention(GroupFilter.Attention.ON_HOLD);
		assertThat(names(onHold, PageRequest.of(0, 10, Sort.by("name")))).containsExactly("Alpha Operations",
				"Bravo Chat", "Charlie <b>ops</b>' OR 1=1 -- 100% done");
		assertThat(this.groups.count(onHold)).isEqualTo(3);
		assertThat(names(onHold.withNameContains("bravo"), PageRequest.of(0, 10, Sort.by("name"))))
			.containsExactly("Bravo Chat");
		jdbc.update("update legal_hold set released_at = current_timestamp where id = ?", active);
		assertThat(this.groups.count(onHold)).isZero();
	}

	private static long hold(JdbcTemplate jdbc, String reference, boolean released) {
		jdbc.update("insert into legal_hold (kind, case_reference, title, started_at, placed_by, released_at)"
				+ " values ('LITIGATION', ?, 'Hold', current_timestamp, 'records', "
				+ (released ? "current_timestamp" : "null") + ")", reference);
		return jdbc.queryForObject("select id from legal_hold where case_reference = ?", Long.class, reference);
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void capturedAndAttentionFiltersFindTheGroupsTheyName() {
		JdbcTemplate jdbc = this.jdbc;
		jdbc.update(
				"insert into finding (rule_id, severity, summary, subject_type, subject_id, group_id,"
						+ " organization_id, platform_id, first_seen, last_seen) values ('LIFETIME_BELOW_RETENTION',"
						+ " 'CRITICAL', 's', 'GROUP', ?, ?, ?, ?, current_timestamp, current_timestamp)",
				this.chatB, this.chatB, this.componentB, this.wickr);
		jdbc.update(
				"insert into finding (rule_id, severity, summary, subject_type, subject_id, group_id,"
						+ " organization_id, platform_id, first_seen, last_seen, resolved_at) values ('SETTINGS_DRIFT',"
						+ " 'HIGH', 's', 'GROUP', ?, ?, ?, ?, current_timestamp, current_timestamp, current_timestamp)",
				this.opsA, this.opsA, this.officeA1, this.wickr);
		jdbc.update(
				"insert into finding (rule_id, severity, summary, subject_type, subject_id, group_id,"
						+ " organization_id, platform_id, first_seen, last_seen) values ('SETTINGS_DRIFT',"
						+ " 'HIGH', 's', 'GROUP', ?, ?, ?, ?, current_timestamp, current_timestamp)",
				this.opsA, this.opsA, this.officeA1, this.wickr);
		jdbc.update("insert into legal_hold (kind, case_reference, title, started_at, placed_by)"
				+ " values ('LITIGATION', 'CASE-14', 'Hold', current_timestamp, 'records')");
		long hold = jdbc.queryForObject("select id from legal_hold where case_reference = 'CASE-14'", Long.class);
		jdbc.update("insert into legal_hold_scope (hold_id, scope_kind, organization_id) values (?, 'ORGANIZATION', ?)",
				hold, this.componentA);
		PageRequest page = PageRequest.of(0, 10, Sort.by("name"));
		assertThat(names(GroupFilter.none().withAttention(GroupFilter.Attention.NON_COMPLIANT), page))
			.containsExactly("Alpha Operations", "Bravo Chat");
		assertThat(names(GroupFilter.none().withAttention(GroupFilter.Attention.DRIFTED), page))
			.containsExactly("Alpha Operations");
		assertThat(names(GroupFilter.none().withAttention(GroupFilter.Attention.ON_HOLD), page))
			.containsExactly("Alpha Budget", "Alpha Operations");
		assertThat(names(GroupFilter.none().withAttention(GroupFilter.Attention.FAILED_PUSH), page)).isEmpty();
		assertThat(names(GroupFilter.none().withCapture(false), page)).containsExactly("Bravo Chat");
		assertThat(this.groups.count(GroupFilter.none().withAutoDelete(true).withCapture(false))).isEqualTo(1);
		assertThat(GroupFilter.Attention.fromParameter("on-hold")).contains(GroupFilter.Attention.ON_HOLD);
		assertThat(GroupFilter.Attention.fromParameter("'; drop table finding; --")).isEmpty();
	}

	private List<String> names(GroupFilter filter, PageRequest page) {
		return this.groups.list(filter, page).stream().map(GroupRow::name).toList();
	}

}
