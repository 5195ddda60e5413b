package gov.records.governance.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.ModelFixture;
import gov.records.governance.Users;
import gov.records.governance.capstone.CapstoneFormService;
import gov.records.governance.capstone.DesignationService;
import gov.records.governance.capstone.SuggestionRow;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A designation re-evaluates compliance once it has committed (issue 16; DD067): the
 * groups of the accounts designated (and no others) and the reconciliation, with no run
 * asked for. The listener runs after commit, so the test commits, on an H2 database of
 * its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:designation-reevaluation;DB_CLOSE_DELAY=-1")
@Import(ModelFixture.class)
class DesignationReevaluationH2Test {

	private static final String TRIGGER = "Capstone designation%";

	@Autowired
	ModelFixture fixture;

	@Autowired
	CapstoneFormService forms;

	@Autowired
	DesignationService designations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	private String unique;

	private long platform;

	private long organization;

	@BeforeEach
	void department() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.tx.executeWithoutResult((status) -> {
			this.organization = this.fixture.organization(null, "DEP-" + this.unique, OrganizationKind.DEPARTMENT);
			this.platform = this.fixture.platform("Wickr " + this.unique, PlatformKind.WICKR);
			this.fixture.bind("records", this.organization);
		});
		String form = "Number,Name of Agency to Which this Form Applies,"
				+ "Chief Records Officer for the U.S. Approval Date,"
				+ "Category 1 Position Title/Role and Number of Accounts\n" + "GRS 6.1-0001-2026-" + this.unique
				+ ",Agency,2026-06-01,\"Director of Policy " + this.unique + ", 1; Chief Information Officer "
				+ this.unique + ", 1\"\n";
		Users.run("records", () -> this.forms.importForms(this.unique + ".csv", form.getBytes(StandardCharsets.UTF_8)),
				"RECORDS_OFFICER");
	}

	@Test
	void aDesignationRunReevaluatesTheGroupsOfTheAccountsDesignatedAndTheReconciliation() throws Exception {
		long front = group("front office");
		long other = group("other office");
		long director = member(front, "lee", "Director of Policy " + this.unique);
		member(other, "kim", "Policy Analyst");
		assertThat(open(front, "CAPSTONE_AUTO_DELETE_NO_CAPTURE")).isZero();
		long before = runs();
		Users.run("records", this.designations::designate, "RECORDS_OFFICER");
		awaitRuns(before + 1);
		assertThat(open(front, "CAPSTONE_AUTO_DELETE_NO_CAPTURE")).as("the designated account's group").isEqualTo(1);
		assertThat(open(other, "CAPSTONE_AUTO_DELETE_NO_CAPTURE")).isZero();
		assertThat(this.jdbc.queryForObject(
				"select groups_evaluated from compliance_run where trigger_kind like ? order by id desc limit 1",
				Integer.class, TRIGGER))
			.as("only the designated account's groups")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from capstone_finding where resolved_at is null and rule_id = ? and subject = ?",
				Long.class, "CAPSTONE_AUTO_DELETE_NO_CAPTURE",
				"lee-" + this.unique + " in front office " + this.unique))
			.as("the reconciliation, stored")
			.isEqualTo(1);
		assertThat(director).isPositive();
	}

	@Test
	void anAccountInNoGroupIsReconciledAllTheSame() throws Exception {
		long offPlatform = this.tx
			.execute((status) -> this.fixture.platform("Signal " + this.unique, PlatformKind.WICKR, false));
		long chats = this.tx.execute((status) -> this.fixture.group(offPlatform, this.organization,
				"chats " + this.unique, ModelFixture.kept()));
		long cio = this.tx.execute((status) -> {
			long id = this.fixture.member(chats, offPlatform, this.organization, "cy-" + this.unique,
					RoleCategory.GENERAL);
			this.jdbc.update("update account set position_title = ? where id = ?",
					"Chief Information Officer " + this.unique, id);
			return id;
		});
		// after the fixture's membership has been written (JPA flushes it at commit)
		this.jdbc.update("delete from group_membership where account_id = ?", cio);
		long before = runs();
		Users.run("records", this.designations::designate, "RECORDS_OFFICER");
		awaitRuns(before + 1);
		assertThat(this.jdbc.queryForObject(
				"select groups_evaluated from compliance_run where trigger_kind like ? order by id desc limit 1",
				Integer.class, TRIGGER))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from capstone_finding where resolved_at is null and rule_id = ? and subject = ?",
				Long.class, "CAPSTONE_ON_UNSANCTIONED_PLATFORM", "cy-" + this.unique))
			.isEqualTo(1);
		assertThat(cio).isPositive();
	}

	@Test
	void aConfirmedSuggestionReevaluatesAndARejectedOneDoesNot() throws Exception {
		long confirmed = group("confirmed office");
		long rejected = group("rejected office");
		member(confirmed, "ana", "CIO " + this.unique);
		member(rejected, "bo", this.unique + " Policy Director");
		long before = runs();
		Users.run("records", this.designations::designate, "RECORDS_OFFICER");
		assertThat(runs()).as("suggestions designate no one").isEqualTo(before);
		List<SuggestionRow> suggestions = Users.as("records", this.designations::suggestions, "RECORDS_OFFICER");
		SuggestionRow cio = suggestions.stream()
			.filter((s) -> s.accountName().equals("ana-" + this.unique))
			.findFirst()
			.orElseThrow();
		SuggestionRow director = suggestions.stream()
			.filter((s) -> s.accountName().equals("bo-" + this.unique))
			.findFirst()
			.orElseThrow();
		Users.run("records", () -> this.designations.reject(director.id()), "RECORDS_OFFICER");
		Users.run("records", () -> this.designations.confirm(cio.id()), "RECORDS_OFFICER");
		awaitRuns(before + 1);
		assertThat(open(confirmed, "CAPSTONE_AUTO_DELETE_NO_CAPTURE")).isEqualTo(1);
		assertThat(open(rejected, "CAPSTONE_AUTO_DELETE_NO_CAPTURE")).isZero();
		Thread.sleep(300);
		assertThat(runs()).as("one run, for the confirmation").isEqualTo(before + 1);
	}

	private long group(String name) {
		return this.tx.execute((status) -> this.fixture.group(this.platform, this.organization,
				name + " " + this.unique, ModelFixture.autoDelete(Duration.ofDays(30), false)));
	}

	private long member(long group, String name, String title) {
		return this.tx.execute((status) -> {
			long id = this.fixture.member(group, this.platform, this.organization, name + "-" + this.unique,
					RoleCategory.GENERAL);
			this.jdbc.update("update account set position_title = ? where id = ?", title, id);
			return id;
		});
	}

	private long open(long group, String rule) {
		return this.jdbc.queryForObject(
				"select count(*) from finding where group_id = ? and rule_id = ? and resolved_at is null", Long.class,
				group, rule);
	}

	private long runs() {
		return this.jdbc.queryForObject("select count(*) from compliance_run where trigger_kind like ?", Long.class,
				TRIGGER);
	}

	private void awaitRuns(long expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (runs() < expected && System.nanoTime() < deadline) {
			Thread.sleep(25);
		}
		assertThat(runs()).as("re-evaluation runs").isEqualTo(expected);
	}

}
