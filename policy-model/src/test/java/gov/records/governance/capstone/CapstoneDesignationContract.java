package gov.records.governance.capstone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.ModelFixture;
import gov.records.governance.Users;
import gov.records.governance.MovableClock;
import gov.records.governance.compliance.ComplianceService;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designating accounts from the forms in force, on every database: exact matches after
 * case and spacing, suggestions decided one by one, versioned designations, and the
 * effective-policy explanation naming form and category.
 */
@Transactional
@Import({ ModelFixture.class, MovableClock.Config.class })
@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
abstract class CapstoneDesignationContract {

	static final String FORM_2020 = "GRS 6.1-0001-2020-0001";

	@Autowired
	CapstoneFormService forms;

	@Autowired
	DesignationService designations;

	@Autowired
	ComplianceService compliance;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	ModelFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	long group;

	long platform;

	long organization;

	@BeforeEach
	void department() {
		this.clock.set(Instant.parse("2026-12-01T10:00:00Z"));
		this.organization = this.fixture.organization(null, "DEP", OrganizationKind.DEPARTMENT);
		this.platform = this.fixture.platform("Wickr", PlatformKind.WICKR);
		this.group = this.fixture.group(this.platform, this.organization, "front office", ModelFixture.kept());
		this.fixture.bind("records", this.organization);
		this.forms.importForms("2020.csv", form(FORM_2020, "", "Director, Office of Policy, 1",
				"Chief Information Officer, 1; Assistant Secretary for Management, 1"));
	}

	@Test
	void anExactTitleAfterCaseAndSpacingIsDesignatedWithItsForm() {
		long director = account("lee", "  director,  office of POLICY ");
		long analyst = account("kim", "Policy Analyst");
		DesignationReport report = this.designations.designate();
		assertThat(report.designated()).isEqualTo(1);
		assertThat(category(director)).isEqualTo("CAPSTONE_1");
		assertThat(category(analyst)).isEqualTo("GENERAL");
		assertThat(this.designations.designations()).singleElement().satisfies((d) -> {
			assertThat(d.accountId()).isEqualTo(director);
			assertThat(d.formNumber()).isEqualTo(FORM_2020);
			assertThat(d.kind()).isEqualTo(DesignationRow.MatchKind.EXACT);
			assertThat(d.designatedBy()).isEqualTo("records");
		});
		assertThat(this.designations.explain(director)).hasValueSatisfying(
				(text) -> assertThat(text).contains("Capstone category 1").contains("NA-1005 form " + FORM_2020));
		assertThat(auditEvents("capstone.designated")).isEqualTo(1);
	}

	@Test
	void designatingAgainChangesNothing() {
		account("lee", "Director, Office of Policy");
		this.designations.designate();
		long events = auditEvents("capstone.designated");
		DesignationReport again = this.designations.designate();
		assertThat(again.designated()).isZero();
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(auditEvents("capstone.designated")).isEqualTo(events);
	}

	@Test
	void abbreviationsAndWordOrderAreSuggestedNotDesignated() {
		long cio = account("ana", "CIO");
		long asst = account("bo", "Asst. Secretary for Management");
		long reordered = account("cy", "Office of Policy Director");
		DesignationReport report = this.designations.designate();
		assertThat(report.designated()).isZero();
		assertThat(report.suggested()).isEqualTo(3);
		assertThat(category(cio)).isEqualTo("GENERAL");
		assertThat(this.designations.suggestions())
			.extracting(SuggestionRow::accountId, SuggestionRow::positionTitle, SuggestionRow::why)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(cio, "Chief Information Officer", "abbreviations spelled out"),
					org.assertj.core.groups.Tuple.tuple(asst, "Assistant Secretary for Management",
							"abbreviations spelled out"),
					org.assertj.core.groups.Tuple.tuple(reordered, "Director, Office of Policy",
							"same words in another order"));
	}

	@Test
	void aConfirmedSuggestionDesignatesAndARejectedOneIsNotSuggestedAgain() {
		long cio = account("ana", "CIO");
		long reordered = account("cy", "Office of Policy Director");
		this.designations.designate();
		SuggestionRow forCio = suggestionFor(cio);
		SuggestionRow forReordered = suggestionFor(reordered);
		DesignationRow confirmed = this.designations.confirm(forCio.id());
		assertThat(confirmed.kind()).isEqualTo(DesignationRow.MatchKind.CONFIRMED);
		assertThat(confirmed.authority()).contains("confirmed by records");
		assertThat(category(cio)).isEqualTo("CAPSTONE_2");
		this.designations.reject(forReordered.id());
		assertThat(category(reordered)).isEqualTo("GENERAL");
		assertThat(this.designations.suggestions()).isEmpty();
		assertThat(this.designations.designate().suggested()).isZero();
		assertThat(auditEvents("capstone.suggestion.confirmed")).isEqualTo(1);
		assertThat(auditEvents("capstone.suggestion.rejected")).isEqualTo(1);
		assertThatThrownBy(() -> this.designations.confirm(forReordered.id())).isInstanceOf(ValidationException.class)
			.hasMessageContaining("not waiting");
	}

	@Test
	void aSupersedingFormRedesignatesAndTheOldDesignationStaysInHistory() {
		long director = account("lee", "Director, Office of Policy");
		this.designations.designate();
		this.clock.set(Instant.parse("2026-12-02T10:00:00Z"));
		this.forms.importForms("2024.csv",
				form("GRS 6.1-0001-2024-0001", FORM_2020, "", "Director, Office of Policy, 1"));
		assertThat(this.designations.designate().designated()).isEqualTo(1);
		assertThat(category(director)).isEqualTo("CAPSTONE_2");
		assertThat(this.designations.history(director))
			.extracting(DesignationRow::formNumber, DesignationRow::category, (d) -> d.endedAt() != null)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(FORM_2020, 1, true),
					org.assertj.core.groups.Tuple.tuple("GRS 6.1-0001-2024-0001", 2, false));
		assertThat(this.designations.designationsAsOf(Instant.parse("2026-12-01T12:00:00Z"))).singleElement()
			.extracting(DesignationRow::formNumber)
			.isEqualTo(FORM_2020);
	}

	@Test
	void theEffectivePolicyExplanationNamesTheFormAndTheCategory() {
		account("lee", "Director, Office of Policy");
		long byHand = this.fixture.member(this.group, this.platform, this.organization, "old", RoleCategory.CAPSTONE_4);
		assertThat(byHand).isPositive();
		this.designations.designate();
		assertThat(this.compliance.assess(this.group).orElseThrow().policy().explanation()).anySatisfy(
				(line) -> assertThat(line).contains("Capstone 1: agency head designated by NA-1005 form " + FORM_2020)
					.contains("1 account(s) in Capstone 4: CIO/CFO level set by hand, with no NA-1005 form"));
	}

	@Test
	void aComponentAdministratorSeesOnlyTheDesignationsAndSuggestionsOfItsOwnComponentsAccounts() {
		long inside = this.fixture.organization(this.organization, "IN", OrganizationKind.COMPONENT);
		long outside = this.fixture.organization(this.organization, "OUT", OrganizationKind.COMPONENT);
		this.fixture.bind("admin-in", inside);
		long own = accountIn(inside, "own", "Director, Office of Policy");
		long other = accountIn(outside, "other", "Chief Information Officer");
		accountIn(inside, "own-cio", "CIO");
		long otherCio = accountIn(outside, "other-cio", "CIO");
		long whatsapp = this.fixture.platform("WhatsApp", PlatformKind.WICKR, false);
		long chats = this.fixture.group(whatsapp, outside, "side chats", ModelFixture.kept());
		long personal = this.fixture.member(chats, whatsapp, outside, "other-personal", RoleCategory.GENERAL);
		this.jdbc.update("update account set position_title = ? where id = ?", "Chief Information Officer", personal);
		this.designations.designate();
		this.compliance.evaluateAll("test");
		assertThat(this.designations.reconcile()).extracting(ReconciliationFinding::subject).contains("other-personal");
		assertThat(this.designations.designations()).extracting(DesignationRow::accountId)
			.containsExactlyInAnyOrder(own, other, personal);
		assertThat(this.designations.suggestions()).hasSize(2);
		Users.run("admin-in", () -> {
			assertThat(this.designations.designations()).extracting(DesignationRow::accountId).containsExactly(own);
			assertThat(this.designations.suggestions()).extracting(SuggestionRow::accountName)
				.containsExactly("own-cio");
			assertThat(this.designations.history(other)).isEmpty();
			assertThat(this.designations.explain(other)).isEmpty();
			assertThat(this.designations.history(own)).hasSize(1);
			assertThat(this.designations.reconcile()).extracting(ReconciliationFinding::subject)
				.doesNotContain("other-personal");
		}, "PLATFORM_ADMIN");
		assertThat(otherCio).isPositive();
	}

	@Test
	void onlyARecordsOfficerDesignates() {
		var officer = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("admin", "demo", "ROLE_PLATFORM_ADMIN"));
		try {
			assertThatThrownBy(() -> this.designations.designate()).isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(officer);
		}
	}

	@Test
	void positionsAreReconciledWithTheAccountsFoundPerPlatform() {
		long first = account("lee", "Director, Office of Policy");
		this.designations.designate();
		assertThat(rules(ReconciliationFinding.Rule.POSITION_OVER_FORM)).isEmpty();
		assertThat(rules(ReconciliationFinding.Rule.POSITION_COUNT)).singleElement()
			.extracting(ReconciliationFinding::finding)
			.asString()
			.contains("Form allows 1; found {Wickr=1}");
		assertThat(rules(ReconciliationFinding.Rule.POSITION_WITHOUT_ACCOUNT))
			.extracting(ReconciliationFinding::subject)
			.containsExactlyInAnyOrder(FORM_2020 + " / Chief Information Officer",
					FORM_2020 + " / Assistant Secretary for Management");
		assertThat(first).isPositive();
		account("sam", "Director, Office of Policy");
		this.designations.designate();
		assertThat(rules(ReconciliationFinding.Rule.POSITION_OVER_FORM)).singleElement()
			.extracting(ReconciliationFinding::finding)
			.asString()
			.contains("2 account(s) on Wickr")
			.contains("allows 1");
	}

	@Test
	void aCapstoneAccountOnAnUnsanctionedPlatformIsFoundAndOneOnASanctionedPlatformIsNot() {
		account("lee", "Director, Office of Policy");
		long whatsapp = this.fixture.platform("WhatsApp", PlatformKind.WICKR, false);
		long chats = this.fixture.group(whatsapp, this.organization, "side chats", ModelFixture.kept());
		long personal = this.fixture.member(chats, whatsapp, this.organization, "lee-personal", RoleCategory.GENERAL);
		this.jdbc.update("update account set position_title = ? where id = ?", "Director, Office of Policy", personal);
		this.designations.designate();
		assertThat(rules(ReconciliationFinding.Rule.CAPSTONE_ON_UNSANCTIONED_PLATFORM)).singleElement()
			.extracting(ReconciliationFinding::subject)
			.isEqualTo("lee-personal");
	}

	@Test
	void aCapstoneAccountInAnAutoDeletingGroupWithoutCaptureIsFoundAndWithCaptureIsNot() {
		long lee = account("lee", "Director, Office of Policy");
		long captured = this.fixture.group(this.platform, this.organization, "captured",
				ModelFixture.autoDelete(java.time.Duration.ofDays(30), true));
		this.jdbc.update("insert into group_membership (group_id, account_id) values (?, ?)", captured, lee);
		this.designations.designate();
		assertThat(rules(ReconciliationFinding.Rule.CAPSTONE_AUTO_DELETE_NO_CAPTURE)).isEmpty();
		long lost = this.fixture.group(this.platform, this.organization, "lost",
				ModelFixture.autoDelete(java.time.Duration.ofDays(30), false));
		this.jdbc.update("insert into group_membership (group_id, account_id) values (?, ?)", lost, lee);
		assertThat(rules(ReconciliationFinding.Rule.CAPSTONE_AUTO_DELETE_NO_CAPTURE)).singleElement()
			.extracting(ReconciliationFinding::subject)
			.isEqualTo("lee in lost");
	}

	@Test
	void aFormIsDueForRenewalNinetyDaysBeforeFourYearsAndOverdueAfter() {
		this.clock.set(Instant.parse("2024-01-01T00:00:00Z"));
		assertThat(rules(ReconciliationFinding.Rule.FORM_RENEWAL_DUE)).isEmpty();
		assertThat(rules(ReconciliationFinding.Rule.FORM_RENEWAL_OVERDUE)).isEmpty();
		this.clock.set(Instant.parse("2024-03-15T00:00:00Z"));
		assertThat(rules(ReconciliationFinding.Rule.FORM_RENEWAL_DUE)).singleElement()
			.extracting(ReconciliationFinding::finding)
			.asString()
			.contains("2024-06-01");
		this.clock.set(Instant.parse("2024-06-02T00:00:00Z"));
		assertThat(rules(ReconciliationFinding.Rule.FORM_RENEWAL_DUE)).isEmpty();
		assertThat(rules(ReconciliationFinding.Rule.FORM_RENEWAL_OVERDUE)).singleElement()
			.extracting(ReconciliationFinding::subject)
			.isEqualTo(FORM_2020);
	}

	@Test
	void theFullRunStoresTheFindingsWithTheirHistoryAndAReportReadsThemAsOfItsDate() {
		long lee = account("lee", "Director, Office of Policy");
		this.designations.designate();
		assertThat(this.designations.reconcile()).as("nothing stored before a run").isEmpty();
		this.compliance.evaluateAll("test");
		Instant firstRun = this.clock.instant();
		assertThat(open(ReconciliationFinding.Rule.POSITION_WITHOUT_ACCOUNT)).hasSize(2);
		long lost = this.fixture.group(this.platform, this.organization, "lost",
				ModelFixture.autoDelete(java.time.Duration.ofDays(30), false));
		this.jdbc.update("insert into group_membership (group_id, account_id) values (?, ?)", lost, lee);
		assertThat(open(ReconciliationFinding.Rule.CAPSTONE_AUTO_DELETE_NO_CAPTURE)).as("until the next run").isEmpty();
		this.clock.set(Instant.parse("2026-12-02T10:00:00Z"));
		this.compliance.evaluateAll("test");
		assertThat(open(ReconciliationFinding.Rule.CAPSTONE_AUTO_DELETE_NO_CAPTURE)).hasSize(1);
		this.compliance.evaluateAll("test");
		assertThat(stored("CAPSTONE_AUTO_DELETE_NO_CAPTURE")).as("one row across runs").isEqualTo(1);
		this.jdbc.update("delete from group_membership where group_id = ?", lost);
		this.clock.set(Instant.parse("2026-12-03T10:00:00Z"));
		this.compliance.evaluateAll("test");
		assertThat(open(ReconciliationFinding.Rule.CAPSTONE_AUTO_DELETE_NO_CAPTURE)).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from capstone_finding where rule_id = 'CAPSTONE_AUTO_DELETE_NO_CAPTURE'"
						+ " and first_seen = ? and resolved_at = ?",
				Long.class, java.sql.Timestamp.from(Instant.parse("2026-12-02T10:00:00Z")),
				java.sql.Timestamp.from(this.clock.instant())))
			.isEqualTo(1);
		assertThat(this.reconciliation.asOf(Instant.parse("2026-12-02T12:00:00Z")))
			.extracting(ReconciliationFinding::rule)
			.contains(ReconciliationFinding.Rule.CAPSTONE_AUTO_DELETE_NO_CAPTURE);
		assertThat(this.reconciliation.asOf(firstRun)).extracting(ReconciliationFinding::rule)
			.doesNotContain(ReconciliationFinding.Rule.CAPSTONE_AUTO_DELETE_NO_CAPTURE)
			.contains(ReconciliationFinding.Rule.POSITION_COUNT);
		assertThat(this.reconciliation.asOf(firstRun.minusSeconds(1))).as("before any run").isEmpty();
	}

	@Test
	void aRunOverSomeGroupsLeavesTheReconciliationAsTheLastFullRunStoredIt() {
		this.compliance.evaluateAll("test");
		account("lee", "Director, Office of Policy");
		this.designations.designate();
		this.compliance.evaluateGroups(java.util.Set.of(this.group), "test");
		assertThat(open(ReconciliationFinding.Rule.POSITION_COUNT)).isEmpty();
		assertThat(open(ReconciliationFinding.Rule.POSITION_WITHOUT_ACCOUNT)).hasSize(3);
	}

	private java.util.List<ReconciliationFinding> rules(ReconciliationFinding.Rule rule) {
		this.compliance.evaluateAll("test");
		return open(rule);
	}

	private java.util.List<ReconciliationFinding> open(ReconciliationFinding.Rule rule) {
		return this.designations.reconcile().stream().filter((f) -> f.rule() == rule).toList();
	}

	private long stored(String rule) {
		return this.jdbc.queryForObject("select count(*) from capstone_finding where rule_id = ?", Long.class, rule);
	}

	private SuggestionRow suggestionFor(long account) {
		return this.designations.suggestions()
			.stream()
			.filter((s) -> s.accountId() == account)
			.findFirst()
			.orElseThrow();
	}

	private long account(String name, String title) {
		long id = this.fixture.member(this.group, this.platform, this.organization, name, RoleCategory.GENERAL);
		this.jdbc.update("update account set position_title = ? where id = ?", title, id);
		return id;
	}

	private long accountIn(long organization, String name, String title) {
		long group = this.fixture.group(this.platform, organization, name + " office", ModelFixture.kept());
		long id = this.fixture.member(group, this.platform, organization, name, RoleCategory.GENERAL);
		this.jdbc.update("update account set position_title = ? where id = ?", title, id);
		return id;
	}

	private String category(long account) {
		return this.jdbc.queryForObject("select role_category from account where id = ?", String.class, account);
	}

	private long auditEvents(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class, action);
	}

	static byte[] form(String number, String previous, String category1, String category2) {
		return ("Number,Name of Agency to Which this Form Applies,Previous Tracking Number,"
				+ "Chief Records Officer for the U.S. Approval Date,"
				+ "Category 1 Position Title/Role and Number of Accounts,"
				+ "Category 2 Position Title/Role and Number of Accounts\n" + number + ",Agency," + previous
				+ ",2020-06-01,\"" + category1 + "\",\"" + category2 + "\"\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
