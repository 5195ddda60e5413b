package gov.records.governance.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.ModelFixture;
import gov.records.governance.groups.MembershipScan;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.holds.HoldDraft;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.holds.HoldRow;
import gov.records.governance.holds.HoldService;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.schedules.AssignmentTarget;
import gov.records.governance.schedules.ScheduleItemRow;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance engine against a real database: findings open, stay open without
 * duplicates, resolve when fixed, answer "what was open on date D", follow holds and
 * assignments; holds refuse bad input. Subclasses run it on H2 and PostgreSQL.
 */
@Transactional
@Import(ModelFixture.class)
@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
abstract class ComplianceEngineContract {

	@Autowired
	MembershipScan membershipScan;

	@Autowired
	ModelFixture fixture;

	@Autowired
	ComplianceService compliance;

	@Autowired
	FindingService findings;

	@Autowired
	ScheduleService schedules;

	@Autowired
	HoldService holds;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	OrganizationService organizations;

	long department;

	long office;

	long wickr;

	long shortTimer;

	long kept;

	@BeforeEach
	void department() {
		long department = this.fixture.organization(null, "DEPT", OrganizationKind.DEPARTMENT);
		this.department = department;
		this.office = this.fixture.organization(department, "OPS", OrganizationKind.OFFICE);
		this.fixture.bind("records", department);
		this.wickr = this.fixture.platform("Wickr", PlatformKind.WICKR);
		this.jdbc.update("insert into capture_health (platform_id, last_report_at, received, saved, failed, bot_active)"
				+ " values (?, ?, 10, 10, 0, true)", this.wickr, Timestamp.from(Instant.now()));
		this.shortTimer = this.fixture.group(this.wickr, this.office, "Short timer",
				ModelFixture.autoDelete(Duration.ofDays(1), false));
		this.kept = this.fixture.group(this.wickr, this.office, "Kept", ModelFixture.kept());
		this.schedules.importFile("grs.csv", ("schedule_code,schedule_title,schedule_kind,item_number,authority,title,"
				+ "disposition,min_retention,cutoff_rule,scope,effective_from,effective_to,superseded_by,verify_against_nara\n"
				+ "GRS 6.1,Messages,GRS,011,DAA-GRS-2014-0001-0002,Other roles,TEMPORARY,P7Y,,,2023-01-01,,,true\n")
			.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theCioMayNotRunTheChecksOnDemandAnAuditedWrite() {
		assertThatThrownBy(() -> gov.records.governance.Users.as("cio", () -> this.compliance.runNow(), "CIO"))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(
				() -> gov.records.governance.Users.as("inspector", () -> this.compliance.runNow(), "INSPECTOR"))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void anUnscheduledAutoDeletingGroupIsACriticalFindingUntilAScheduleArrives() {
		this.compliance.evaluateAll("test");
		assertThat(rules(this.shortTimer)).containsExactly("UNSCHEDULED_AUTO_DELETE");
		assertThat(rules(this.kept)).isEmpty();
		assignToOffice();
		RunSummary run = this.compliance.evaluateGroups(Set.of(this.shortTimer, this.kept), "assignment");
		assertThat(run.findingsResolved()).isEqualTo(1);
		assertThat(rules(this.shortTimer)).containsExactly("LIFETIME_BELOW_RETENTION");
	}

	@Test
	void rerunsKeepOneFindingPerBreachAndResolveFixedOnes() {
		assignToOffice();
		this.compliance.evaluateAll("first");
		this.compliance.evaluateAll("second");
		assertThat(this.findings.list(FindingFilter.open().withGroup(this.shortTimer), Pageable.unpaged())).hasSize(1);
		Instant beforeFix = Instant.now();
		this.fixture.change(this.shortTimer, ModelFixture.autoDelete(Duration.ofDays(1), true), Instant.now(),
				"capture on");
		RunSummary fixed = this.compliance.evaluateGroups(Set.of(this.shortTimer), "settings changed");
		assertThat(fixed.findingsResolved()).isEqualTo(1);
		assertThat(rules(this.shortTimer)).isEmpty();
		FindingFilter resolved = new FindingFilter(null, null, null, null, FindingFilter.Status.RESOLVED,
				this.shortTimer, null);
		assertThat(this.findings.list(resolved, Pageable.unpaged())).hasSize(1);
		assertThat(this.findings.list(FindingFilter.open().withGroup(this.shortTimer).openAt(beforeFix),
				Pageable.unpaged()))
			.hasSize(1);
		assertThat(this.findings.list(FindingFilter.open().withGroup(this.shortTimer).openAt(Instant.now()),
				Pageable.unpaged()))
			.isEmpty();
	}

	@Test
	void aCapstoneMemberAndAHoldAddTheirFindingsAndTheEvidenceNamesThem() {
		assignToOffice();
		long official = this.fixture.member(this.shortTimer, this.wickr, this.office, "Avery Brooks",
				RoleCategory.CAPSTONE_1);
		this.holds.place(new HoldDraft(HoldKind.FOIA, "FOIA-2026-0001", "Pilot records", null,
				Instant.now().minusSeconds(60), Set.of(official), Set.of(), Set.of()));
		this.compliance.evaluateAll("test");
		assertThat(rules(this.shortTimer)).containsExactlyInAnyOrder("LIFETIME_BELOW_RETENTION",
				"CAPSTONE_AUTO_DELETE_NO_CAPTURE", "HOLD_AUTO_DELETE");
		FindingRow hold = this.findings.list(FindingFilter.open().withRule("HOLD_AUTO_DELETE"), Pageable.unpaged())
			.getFirst();
		FindingDetails details = this.findings.details(hold.id()).orElseThrow();
		assertThat(details.evidence().get("holds").toString()).contains("FOIA-2026-0001");
		assertThat(details.rule().explanation()).contains("36 CFR");
		GroupAssessment assessment = this.compliance.assess(this.shortTimer).orElseThrow();
		assertThat(assessment.policy().onHold()).isTrue();
		assertThat(assessment.breaksCriticalRule()).isTrue();
	}

	@Test
	void previewShowsWhatAProposedChangeWouldBreakWithoutStoringIt() {
		assignToOffice();
		long before = count("finding");
		GroupAssessment proposal = this.compliance
			.preview(this.kept, ModelFixture.autoDelete(Duration.ofDays(30), false), "pilot")
			.orElseThrow();
		assertThat(proposal.violations()).extracting((v) -> v.rule().id()).containsExactly("LIFETIME_BELOW_RETENTION");
		assertThat(count("finding")).isEqualTo(before);
	}

	@Test
	void aHoldWithoutScopeOrAReleaseBeforeItsStartIsRefusedAndNothingIsWritten() {
		long holdsBefore = count("legal_hold");
		assertThatThrownBy(() -> this.holds.place(
				new HoldDraft(HoldKind.LITIGATION, "LIT-1", "Case", null, Instant.now(), Set.of(), Set.of(), Set.of())))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("at least one account, group or organization");
		assertThat(count("legal_hold")).isEqualTo(holdsBefore);
		var placed = this.holds.place(new HoldDraft(HoldKind.AUDIT, "AUD-7", "Audit", null,
				Instant.now().minus(Duration.ofDays(2)), Set.of(), Set.of(this.kept), Set.of()));
		assertThatThrownBy(() -> this.holds.release(placed.id(), placed.version(),
				Instant.now().minus(Duration.ofDays(3)), "done"))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("before the hold started");
		assertThatThrownBy(() -> this.holds.release(placed.id(), placed.version(), Instant.now(), " "))
			.hasMessageContaining("say why");
		assertThat(this.holds.find(placed.id()).orElseThrow().active()).isTrue();
		var released = this.holds.release(placed.id(), placed.version(), Instant.now(), "Audit closed");
		assertThat(released.active()).isFalse();
		assertThat(released.releaseReason()).isEqualTo("Audit closed");
	}

	@Test
	void aRoleCategoryAssignmentReachesAGroupThroughItsMembersAndTheGroupsOwnAssignmentBeatsIt() {
		ScheduleItemRow general = item("GRS 6.1 / 011");
		this.schedules.assign(general.id(), AssignmentTarget.ROLE_CATEGORY, null, RoleCategory.GENERAL);
		this.fixture.member(this.shortTimer, this.wickr, this.office, "Casey Lee", RoleCategory.GENERAL);
		long empty = this.fixture.group(this.wickr, this.office, "Nobody yet",
				ModelFixture.autoDelete(Duration.ofDays(1), false));
		this.compliance.evaluateAll("test");
		assertThat(rules(this.shortTimer)).as("7 years through the member's role category")
			.containsExactly("LIFETIME_BELOW_RETENTION");
		assertThat(rules(empty)).as("no member, no role category").containsExactly("UNSCHEDULED_AUTO_DELETE");
		this.schedules.importFile("transitory.csv", ("schedule_code,schedule_title,schedule_kind,item_number,authority,"
				+ "title,disposition,min_retention,cutoff_rule,scope,effective_from,effective_to,superseded_by,"
				+ "verify_against_nara\nGRS 5.2,Transitory,GRS,010,DAA-GRS-2022-0009-0001,Transitory records,TEMPORARY,,"
				+ "Destroy when no longer needed,,2022-12-01,,,false\n")
			.getBytes(StandardCharsets.UTF_8));
		this.schedules.assign(item("GRS 5.2 / 010").id(), AssignmentTarget.GROUP, this.shortTimer, null);
		this.schedules.assign(general.id(), AssignmentTarget.GROUP, empty, null);
		this.compliance.evaluateAll("test");
		assertThat(rules(this.shortTimer)).as("the group's own (transitory) item beats its members' role category")
			.isEmpty();
		assertThat(rules(empty)).as("7 years assigned to the group itself").containsExactly("LIFETIME_BELOW_RETENTION");
		assertThat(this.compliance.assess(empty).orElseThrow().policy().onHold()).isFalse();
	}

	@Test
	void captureCountsAsStaleOnlyPastTheConfiguredThreshold() {
		Instant now = Instant.parse("2026-06-01T12:00:00Z");
		this.jdbc.update("update capture_health set last_report_at = ? where platform_id = ?",
				Timestamp.from(now.minus(Duration.ofHours(5))), this.wickr);
		Clock clock = Clock.fixed(now, ZoneOffset.UTC);
		assertThat(ruleIds(this.kept, Duration.ofHours(6), clock)).as("5 h old, 6 h threshold")
			.doesNotContain("CAPTURE_STALE");
		assertThat(ruleIds(this.kept, Duration.ofHours(4), clock)).as("5 h old, 4 h threshold")
			.contains("CAPTURE_STALE");
	}

	@Test
	void anActiveAccountBreaksTheUnsanctionedRuleOnlyOnAnUnsanctionedPlatform() {
		long consumer = this.fixture.platform("Consumer messenger", PlatformKind.OTHER, false);
		long chat = this.fixture.group(consumer, this.office, "Personal chat", ModelFixture.kept());
		long onConsumer = this.fixture.member(chat, consumer, this.office, "Dana Cruz", RoleCategory.GENERAL);
		long onWickr = this.fixture.member(this.kept, this.wickr, this.office, "Eli Fox", RoleCategory.GENERAL);
		this.compliance.evaluateAll("test");
		assertThat(
				this.findings.list(FindingFilter.open().withRule("UNSANCTIONED_PLATFORM_ACTIVE"), Pageable.unpaged()))
			.extracting(FindingRow::subjectId)
			.contains(onConsumer)
			.doesNotContain(onWickr);
	}

	@Test
	void aScopedReaderSeesOnlyHoldsThatReachItsOrganizationsAndNothingNamedOutsideThem() {
		long legal = this.fixture.organization(this.department, "LEG", OrganizationKind.OFFICE);
		long legalChat = this.fixture.group(this.wickr, legal, "Counsel chat", ModelFixture.kept());
		this.holds.place(new HoldDraft(HoldKind.LITIGATION, "LIT-1", "Both offices", null, Instant.now(), Set.of(),
				Set.of(this.shortTimer, legalChat), Set.of()));
		this.holds.place(new HoldDraft(HoldKind.LITIGATION, "LIT-2", "Legal only", null, Instant.now(), Set.of(),
				Set.of(legalChat), Set.of()));
		this.holds.place(new HoldDraft(HoldKind.AUDIT, "AUD-1", "Department", null, Instant.now(), Set.of(), Set.of(),
				Set.of(this.department)));
		this.fixture.bind("ops-admin-holds", this.office);
		List<HoldRow> seen = as("ops-admin-holds", "PLATFORM_ADMIN", () -> this.holds.list());
		assertThat(seen).extracting(HoldRow::caseReference).containsExactlyInAnyOrder("LIT-1", "AUD-1");
		assertThat(seen).filteredOn((h) -> h.caseReference().equals("LIT-1"))
			.singleElement()
			.satisfies((h) -> assertThat(h.scope()).containsExactly("Group Short timer",
					"1 more outside your organizations"));
		assertThat(seen).flatExtracting(HoldRow::scope).noneMatch((s) -> s.contains("Counsel chat"));
		assertThat(this.holds.list()).as("the department's records officer sees all three").hasSize(3);
	}

	@Test
	void aLongTriggerDoesNotFailTheRun() {
		String trigger = "schedules changed: import of grs-csv-transmittal36-with-a-long-name.csv";
		RunSummary run = this.compliance.evaluateAll(trigger);
		assertThat(run.groupsEvaluated()).isPositive();
		assertThat(this.jdbc.queryForObject(
				"select trigger_kind from compliance_run where id = (select max(id) from compliance_run)",
				String.class))
			.isEqualTo(trigger);
		String longer = "hold " + "X".repeat(300) + " changed";
		this.compliance.evaluateAll(longer);
		assertThat(this.jdbc.queryForObject(
				"select trigger_kind from compliance_run where id = (select max(id) from compliance_run)",
				String.class))
			.hasSize(200)
			.startsWith("hold XXX");
	}

	@Test
	void theFindingsAtAPastMomentComeFromTheSettingsAssignmentsAndHoldsInForceThen() {
		// an assignment made now, and a hold that started and ended in the past
		assignToOffice();
		Instant then = ModelFixture.T0.plus(Duration.ofDays(30));
		this.jdbc.update("""
				insert into legal_hold (kind, case_reference, title, started_at, released_at, release_reason,
				                        placed_by, released_by)
				values ('FOIA', 'FOIA-2025-0007', 'Past request', ?, ?, 'answered', 'records', 'records')
				""", Timestamp.from(ModelFixture.T0.plus(Duration.ofDays(10))),
				Timestamp.from(ModelFixture.T0.plus(Duration.ofDays(60))));
		this.jdbc.update("""
				insert into legal_hold_scope (hold_id, scope_kind, organization_id)
				select id, 'ORGANIZATION', ? from legal_hold where case_reference = 'FOIA-2025-0007'
				""", this.office);
		long findingsBefore = count("finding");
		ComplianceHistory history = new ComplianceHistory(
				new ComplianceEngine(new ComplianceFactsLoader(this.jdbcClient, this.organizations,
						new ComplianceProperties(Duration.ofHours(24), Duration.ofHours(1)), Clock.systemUTC(),
						this.membershipScan)));
		assertThat(rulesAt(history, then, this.shortTimer)).containsExactlyInAnyOrder("UNSCHEDULED_AUTO_DELETE",
				"HOLD_AUTO_DELETE");
		assertThat(rulesAt(history, Instant.now(), this.shortTimer)).containsExactly("LIFETIME_BELOW_RETENTION");
		assertThat(rulesAt(history, then, this.kept)).isEmpty();
		// a group created later did not exist then
		long later = this.fixture.group(this.wickr, this.office, "Later",
				ModelFixture.autoDelete(Duration.ofDays(1), false));
		this.jdbc.update("update messaging_group set created_at = ? where id = ?", Timestamp.from(Instant.now()),
				later);
		assertThat(rulesAt(history, then, later)).isEmpty();
		assertThat(rulesAt(history, Instant.now(), later)).isNotEmpty();
		// it is a read: nothing is stored
		assertThat(count("finding")).isEqualTo(findingsBefore);
	}

	private static List<String> rulesAt(ComplianceHistory history, Instant at, long group) {
		return history.violationsAt(at)
			.stream()
			.filter((v) -> Long.valueOf(group).equals(v.groupId()))
			.map((v) -> v.rule().id())
			.toList();
	}

	@Test
	void runningTheEngineOnDemandIsAudited() {
		long before = count("audit_event");
		RunSummary run = this.compliance.runNow();
		assertThat(count("audit_event")).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject(
				"select action from audit_event where seq = (select max(seq) from audit_event)", String.class))
			.isEqualTo("compliance.run");
		assertThat(this.jdbc.queryForObject(
				"select after_state from audit_event where seq = (select max(seq) from audit_event)", String.class))
			.contains("\"groupsEvaluated\":" + run.groupsEvaluated());
	}

	private List<String> ruleIds(long group, Duration staleAfter, Clock clock) {
		ComplianceFactsLoader loader = new ComplianceFactsLoader(this.jdbcClient, this.organizations,
				new ComplianceProperties(staleAfter, Duration.ofHours(1)), clock, this.membershipScan);
		ComplianceEngine engine = new ComplianceEngine(loader);
		return engine.evaluate(engine.facts(Set.of(group)), false).stream().map((v) -> v.rule().id()).toList();
	}

	private ScheduleItemRow item(String reference) {
		return this.schedules.items().stream().filter((i) -> i.reference().equals(reference)).findFirst().orElseThrow();
	}

	private static <T> T as(String username, String role, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void assignToOffice() {
		ScheduleItemRow item = this.schedules.items().getFirst();
		this.schedules.assign(item.id(), AssignmentTarget.ORGANIZATION, this.office, null);
	}

	private List<String> rules(long group) {
		return this.findings.list(FindingFilter.open().withGroup(group), Pageable.unpaged())
			.stream()
			.map(FindingRow::ruleId)
			.toList();
	}

	private long count(String table) {
		Long n = this.jdbc.queryForObject("select count(*) from " + table, Long.class);
		return (n != null) ? n : 0;
	}

}
