package gov.records.governance.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.ModelFixture;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.holds.HoldDraft;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.holds.HoldService;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.schedules.AssignmentTarget;
import gov.records.governance.schedules.ScheduleItemRow;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
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

	long office;

	long wickr;

	long shortTimer;

	long kept;

	@BeforeEach
	void department() {
		long department = this.fixture.organization(null, "DEPT", OrganizationKind.DEPARTMENT);
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
