package gov.records.governance.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.ModelFixture;
import gov.records.governance.compliance.ComplianceService;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Device-inventory imports on every database: unsanctioned messaging apps found by name
 * or bundle id become accounts of known people on those apps' platforms and feed the
 * unsanctioned-platform rule; the same file twice changes nothing; a file with bad rows
 * is refused with every problem and writes nothing; the importer's scope is respected.
 */
@Transactional
@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
@Import(ModelFixture.class)
abstract class DeviceInventoryContract {

	@Autowired
	ModelFixture fixture;

	@Autowired
	DeviceInventoryService inventories;

	@Autowired
	ComplianceService compliance;

	@Autowired
	JdbcTemplate jdbc;

	long department;

	long other;

	String recent;

	@BeforeEach
	void seed() {
		this.department = this.fixture.organization(null, "INV", OrganizationKind.DEPARTMENT);
		long component = this.fixture.organization(this.department, "INV-A", OrganizationKind.COMPONENT);
		this.other = this.fixture.organization(null, "ELSEWHERE", OrganizationKind.DEPARTMENT);
		this.fixture.bind("admin", this.department);
		long wickr = this.fixture.platform("Inventory Wickr", PlatformKind.WICKR);
		long group = this.fixture.group(wickr, component, "Ops", ModelFixture.kept());
		this.fixture.member(group, wickr, component, "Jordan Chen", RoleCategory.CAPSTONE_2);
		this.fixture.member(group, wickr, component, "Riley Park", RoleCategory.GENERAL);
		long foreign = this.fixture.group(wickr, this.other, "Foreign", ModelFixture.kept());
		this.fixture.member(foreign, wickr, this.other, "Sam Outside", RoleCategory.GENERAL);
		this.recent = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString();
	}

	@Test
	void unsanctionedAppsOfKnownPeopleBecomeAccountsThatTheRuleCovers() {
		InventoryReport report = this.inventories.importFile("mdm.csv", bytes("""
				Device Name,User,App Name,Bundle ID,Last Seen
				iPhone-0042,acc-Jordan Chen,WhatsApp Messenger,net.whatsapp.WhatsApp,%1$s
				iPhone-0042,acc-Jordan Chen,Outlook,com.microsoft.Office.Outlook,%1$s
				Pixel-7,Riley Park,,org.thoughtcrime.securesms,%1$s
				Pixel-7,Riley Park,Signal,org.thoughtcrime.securesms,%1$s
				iPad-9,nobody@example.gov,Confide,com.confide.ios,%1$s
				""".formatted(this.recent)));
		assertThat(report.rowsRead()).isEqualTo(5);
		assertThat(report.otherApps()).isEqualTo(1);
		assertThat(report.sightings()).isEqualTo(2);
		assertThat(report.sightingsByApp()).containsEntry("WhatsApp", 1).containsEntry("Signal", 1);
		assertThat(report.accountsCreated()).isEqualTo(2);
		assertThat(report.unmatchedUsers()).isEqualTo(1);
		assertThat(report.unmatchedSample()).containsExactly("nobody@example.gov");
		// matched by account id, and by display name
		Map<String, Object> whatsapp = this.jdbc.queryForMap("""
				select a.display_name, a.role_category, a.official, a.status, p.name, p.sanctioned from account a
				join platform p on p.id = a.platform_id where a.external_id = 'acc-Jordan Chen' and p.kind = 'OTHER'
				""");
		assertThat(whatsapp.values()).containsExactly("Jordan Chen", "CAPSTONE_2", false, "ACTIVE",
				"WhatsApp (personal devices)", false);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from account a join platform p on p.id = a.platform_id"
						+ " where p.name = 'Signal (personal devices)' and a.display_name = 'Riley Park'",
				Integer.class))
			.isEqualTo(1);

		this.compliance.evaluateAll("test");
		List<String> findings = this.jdbc.queryForList("""
				select f.evidence from finding f join account a on a.id = f.subject_id
				where f.rule_id = 'UNSANCTIONED_PLATFORM_ACTIVE' and f.resolved_at is null and a.display_name in
				('Jordan Chen', 'Riley Park')
				""", String.class);
		assertThat(findings).hasSize(2).allSatisfy((e) -> assertThat(e).contains("devicesInInventory"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'inventory.imported'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void theSameFileTwiceChangesNothingAndAnOldSightingIsNotActive() {
		String old = Instant.now().minus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS).toString();
		byte[] file = bytes("""
				device,user,app,last seen
				iPhone-0042,acc-Jordan Chen,WhatsApp,%s
				Pixel-7,acc-Riley Park,Telegram,%s
				""".formatted(this.recent, old));
		this.inventories.importFile("mdm.csv", file);
		Map<String, Object> before = counts();
		InventoryReport second = this.inventories.importFile("mdm.csv", file);
		assertThat(second.accountsCreated()).isZero();
		assertThat(second.accountsUpdated()).isZero();
		Map<String, Object> after = counts();
		// the second import is itself on record; nothing else changed
		assertThat(((Number) value(after, "imports")).intValue())
			.isEqualTo(((Number) value(before, "imports")).intValue() + 1);
		after.keySet().removeIf((k) -> k.equalsIgnoreCase("imports"));
		before.keySet().removeIf((k) -> k.equalsIgnoreCase("imports"));
		assertThat(after).isEqualTo(before);
		assertThat(
				this.jdbc.queryForObject(
						"select status from account where external_id = 'acc-Riley Park' and platform_id in"
								+ " (select id from platform where name = 'Telegram (personal devices)')",
						String.class))
			.isEqualTo("SUSPENDED");
	}

	@Test
	void peopleOutsideTheImportersScopeAreSkipped() {
		InventoryReport report = this.inventories.importFile("mdm.csv", bytes("""
				device,user,app,last seen
				Pixel-1,acc-Sam Outside,WhatsApp,%s
				""".formatted(this.recent)));
		assertThat(report.outOfScope()).isEqualTo(1);
		assertThat(report.sightings()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from account where external_id = 'acc-Sam Outside'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void badRowsAreAllReportedAndNothingIsWritten() {
		Map<String, Object> before = counts();
		String future = Instant.now().plus(Duration.ofDays(30)).toString();
		ValidationException refused = refused("""
				device,user,app,last seen
				iPhone-0042,acc-Jordan Chen,WhatsApp,yesterday
				,acc-Jordan Chen,WhatsApp,%s
				iPhone-0042,,Signal,%s
				iPhone-0042,acc-Jordan Chen,WhatsApp,%s
				iPhone-0042,acc-Jordan Chen,WhatsApp,1999-12-31
				iPhone-0042,acc-Jordan Chen,WhatsApp
				""".formatted(this.recent, this.recent, future));
		assertThat(refused.problems()).extracting(Problem::row, Problem::column)
			.contains(org.assertj.core.groups.Tuple.tuple(2, "last seen"),
					org.assertj.core.groups.Tuple.tuple(3, "device"), org.assertj.core.groups.Tuple.tuple(4, "user"),
					org.assertj.core.groups.Tuple.tuple(5, "last seen"),
					org.assertj.core.groups.Tuple.tuple(6, "last seen"), org.assertj.core.groups.Tuple.tuple(7, ""));
		assertThat(refused.problems()).extracting(Problem::reason)
			.anySatisfy((r) -> assertThat(r).contains("not a date"))
			.anySatisfy((r) -> assertThat(r).contains("in the future"))
			.anySatisfy((r) -> assertThat(r).contains("before 2000"));
		assertThat(refused("device,person,last seen\nx,y,2026-01-01\n").problems()).extracting(Problem::column)
			.contains("user", "app");
		assertThat(refused("").getMessage()).contains("empty");
		assertThat(refused("device,user,app,last seen\n").getMessage()).contains("no rows");
		byte[] latin1 = "device,user,app,last seen\nPortátil,acc-Jordan Chen,WhatsApp,2026-01-01\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> this.inventories.importFile("latin1.csv", latin1)).hasMessageContaining("UTF-8");
		byte[] huge = new byte[21 * 1024 * 1024];
		Arrays.fill(huge, (byte) 'x');
		assertThatThrownBy(() -> this.inventories.importFile("noise.csv", huge)).hasMessageContaining("MB");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void onlyPlatformAdministratorsImport() {
		assertThatThrownBy(() -> this.inventories.importFile("mdm.csv", bytes("device,user,app,last seen\n")))
			.isInstanceOf(AccessDeniedException.class);
	}

	private ValidationException refused(String csv) {
		try {
			this.inventories.importFile("bad.csv", bytes(csv));
		}
		catch (ValidationException ex) {
			return ex;
		}
		throw new AssertionError("The file was accepted: " + csv);
	}

	private Map<String, Object> counts() {
		return new java.util.HashMap<>(this.jdbc.queryForMap("""
				select (select count(*) from account) accounts, (select count(*) from app_sighting) sightings,
				       (select count(*) from platform) platforms,
				       (select count(*) from audit_event where action = 'inventory.imported') imports,
				       (select max(last_seen) from app_sighting) last_seen
				"""));
	}

	private static Object value(Map<String, Object> row, String column) {
		return row.entrySet()
			.stream()
			.filter((e) -> e.getKey().equalsIgnoreCase(column))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
