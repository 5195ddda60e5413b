package gov.records.governance.reports;

import static gov.records.governance.reports.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.capstone.Reconciliation;
import gov.records.governance.reports.bundle.BundleProblem;
import gov.records.governance.reports.evidence.DispositionElements;
import gov.records.governance.shared.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Oversight reports on every database: the as-of logic, CSV and JSON read back and
 * compared with the tables (records compliance and remediation evidence), the same
 * content twice, the archive and its audit trail, bad requests refused, uploaded bundles
 * checked, and the disposition report's sign-off.
 */
@Import(ReportFixture.class)
abstract class ReportsContract {

	static final String INSPECTOR = "INSPECTOR";

	/** Between the groups' creation and the change of group "b". */
	static final Instant D = Instant.parse("2025-03-01T00:00:00Z");

	static final Instant CHANGED = Instant.parse("2025-04-01T00:00:00Z");

	/** Where the reports that cover a period start. */
	static final Instant PERIOD_START = Instant.parse("2025-02-01T00:00:00Z");

	@Autowired
	ReportFixture fixture;

	@Autowired
	ReportService reports;

	@Autowired
	DispositionService dispositions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reconciliation reconciliation;

	final JsonMapper json = JsonMapper.builder().build();

	long department;

	long componentA;

	long componentB;

	long platform;

	long groupA;

	long groupB;

	long groupOther;

	long finding;

	String inspector;

	String narrow;

	@BeforeEach
	void department() {
		this.fixture.renew();
		this.department = this.fixture.organization(null, "DEPT", "DEPARTMENT", 0);
		this.componentA = this.fixture.organization(this.department, "A", "COMPONENT", 1);
		this.componentB = this.fixture.organization(this.department, "B", "COMPONENT", 1);
		this.platform = this.fixture.platform("wickr");
		this.groupA = this.fixture.group(this.platform, this.componentA, this.fixture.prefix + "-kept", false, null,
				true);
		this.groupB = this.fixture.group(this.platform, this.componentA, this.fixture.prefix + "-changed", false, null,
				false);
		this.groupOther = this.fixture.group(this.platform, this.componentB, this.fixture.prefix + "-other", true,
				86_400L, false);
		this.fixture.change(this.groupB, true, 86_400L, false, CHANGED, "pilot of disappearing messages");
		this.finding = this.fixture.finding(this.componentA, this.platform, this.groupB, "LIFETIME_BELOW_RETENTION",
				"CRITICAL", CHANGED.plus(Duration.ofHours(1)), null);
		this.inspector = this.fixture.user("inspector");
		this.narrow = this.fixture.user("narrow");
		this.fixture.bind(this.inspector, this.department);
		this.fixture.bind(this.narrow, this.componentB);
	}

	@Test
	void settingsChangedAfterTheDateDoNotAppearInAReportAsOfIt() throws Exception {
		Map<String, String> before = bundle(generate(ReportType.RECORDS_COMPLIANCE, this.department, D));
		List<CSVRecord> groups = csv(before.get("tables/groups.csv"));
		CSVRecord changed = row(groups, this.groupB);
		assertThat(changed.get("autoDelete")).isEqualTo("false");
		assertThat(changed.get("maxLifetimeSeconds")).isEmpty();
		assertThat(changed.get("settingsSince")).isEqualTo(ReportFixture.T0.toString());
		assertThat(csv(before.get("tables/changes.csv"))).isEmpty();
		assertThat(observed(csv(before.get("tables/findings.csv")))).isEmpty();

		Instant after = CHANGED.plus(Duration.ofDays(1));
		Map<String, String> later = bundle(generate(ReportType.RECORDS_COMPLIANCE, this.department, after));
		CSVRecord now = row(csv(later.get("tables/groups.csv")), this.groupB);
		assertThat(now.get("autoDelete")).isEqualTo("true");
		assertThat(now.get("maxLifetimeSeconds")).isEqualTo("86400");
		assertThat(now.get("assessment")).isEqualTo("DELETES TOO EARLY");
		assertThat(now.get("requiredRetention")).isEqualTo("Permanent (unscheduled)");
		assertThat(csv(later.get("tables/changes.csv"))).singleElement()
			.satisfies((c) -> assertThat(c.get("reason")).isEqualTo("pilot of disappearing messages"));
		assertThat(observed(csv(later.get("tables/findings.csv")))).singleElement()
			.satisfies((f) -> assertThat(f.get("findingId")).isEqualTo(String.valueOf(this.finding)));
	}

	@Test
	void theComplianceReportGivesTheFormsDesignationsReconciliationAndLocksInForceAtItsDate() throws Exception {
		String number = "GRS 6.1-" + this.fixture.prefix + "-2024-0001";
		java.sql.Timestamp before = java.sql.Timestamp.from(CHANGED.minus(Duration.ofDays(10)));
		java.sql.Timestamp later = java.sql.Timestamp.from(CHANGED.plus(Duration.ofDays(10)));
		this.jdbc.update(
				"""
						insert into capstone_form (form_number, agency_name, superseding, scope_text, archivist_approval_date,
						    content_hash, imported_at, imported_by) values (?, 'Department', false, 'Entire agency', ?, 'h', ?, 'records')
						""",
				number, java.time.LocalDate.of(2024, 1, 15), before);
		Long form = this.jdbc.queryForObject("select id from capstone_form where form_number = ?", Long.class, number);
		this.jdbc.update("insert into capstone_position (form_id, category, title, normalized_title, accounts)"
				+ " values (?, 1, 'Secretary', 'secretary', 1)", form);
		// what the full compliance run stores (DD067): a run before the report's date,
		// and a
		// later one that finds a position added after it
		this.reconciliation.refresh(CHANGED.minus(Duration.ofDays(1)));
		this.jdbc.update("insert into capstone_position (form_id, category, title, normalized_title, accounts)"
				+ " values (?, 1, 'Deputy Secretary', 'deputy secretary', 1)", form);
		this.reconciliation.refresh(CHANGED.plus(Duration.ofDays(1)));
		this.jdbc
			.update("insert into retention_lock (target_kind, group_id, min_retention, locked_at, locked_by, reason)"
					+ " values ('GROUP', ?, 'P7Y', ?, 'records', 'Front office')", this.groupA, before);
		this.jdbc
			.update("insert into retention_lock (target_kind, group_id, min_retention, locked_at, locked_by, reason)"
					+ " values ('GROUP', ?, 'P3Y', ?, 'records', 'Later lock')", this.groupOther, later);
		Map<String, String> files = bundle(generate(ReportType.RECORDS_COMPLIANCE, this.department, CHANGED));
		assertThat(files.get("tables/capstone_forms.csv")).contains(number)
			.contains("Entire agency")
			.contains("2024-01-15");
		assertThat(files.get("tables/retention_locks.csv")).contains("Front office")
			.contains("P7Y")
			.doesNotContain("Later lock");
		assertThat(files.get("tables/capstone_reconciliation.csv")).contains("POSITION_WITHOUT_ACCOUNT")
			.contains(number + " / Secretary")
			.doesNotContain(number + " / Deputy Secretary");
		assertThat(files).containsKey("tables/capstone_designations.csv");
	}

	@Test
	void csvAndJsonReadBackEqualTheDatabase() throws Exception {
		Instant asOf = CHANGED.plus(Duration.ofDays(1));
		Map<String, String> files = bundle(generate(ReportType.RECORDS_COMPLIANCE, this.department, asOf));
		List<Map<String, Object>> expected = this.jdbc.queryForList("""
				select g.id, g.name, v.auto_delete, v.max_lifetime_seconds, v.capture_enabled, v.valid_from
				from messaging_group g join deletion_policy_version v on v.group_id = g.id
				  and v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?)
				where g.id in (?, ?, ?) order by g.id
				""", java.sql.Timestamp.from(asOf), java.sql.Timestamp.from(asOf), this.groupA, this.groupB,
				this.groupOther);
		List<CSVRecord> csv = csv(files.get("tables/groups.csv"));
		JsonNode jsonRows = table(this.json.readTree(files.get("report.json")), "groups").get("rows");
		assertThat(csv).hasSize(expected.size());
		assertThat(jsonRows.size()).isEqualTo(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			Map<String, Object> db = lower(expected.get(i));
			CSVRecord c = csv.get(i);
			JsonNode j = jsonRows.get(i);
			assertThat(c.get("groupId")).isEqualTo(String.valueOf(db.get("id")));
			assertThat(j.get("groupId").asLong()).isEqualTo(((Number) db.get("id")).longValue());
			assertThat(c.get("name")).isEqualTo(db.get("name")).isEqualTo(j.get("name").asString());
			assertThat(c.get("autoDelete")).isEqualTo(String.valueOf(db.get("auto_delete")));
			assertThat(j.get("autoDelete").asBoolean()).isEqualTo(db.get("auto_delete"));
			assertThat(c.get("captureEnabled")).isEqualTo(String.valueOf(db.get("capture_enabled")));
			Object lifetime = db.get("max_lifetime_seconds");
			assertThat(c.get("maxLifetimeSeconds")).isEqualTo((lifetime != null) ? lifetime.toString() : "");
			assertThat(j.get("maxLifetimeSeconds").isNull()).isEqualTo(lifetime == null);
			Object from = db.get("valid_from");
			Instant validFrom = (from instanceof java.sql.Timestamp ts) ? ts.toInstant()
					: ((java.time.OffsetDateTime) from).toInstant();
			assertThat(c.get("settingsSince")).isEqualTo(validFrom.toString())
				.isEqualTo(j.get("settingsSince").asString());
		}
		assertThat(files).containsKeys("report.pdf", "checkpoint.txt", "MANIFEST.sha256", "MANIFEST.p7s", "cert.pem",
				"VERIFY.txt", "charts/coverage.svg", "charts/findings_by_severity.svg", "tables/schedules.csv",
				"tables/holds.csv");
	}

	@Test
	void remediationEvidenceShowsCoverageOverTimeCompliancePerGroupAndTheChangesMadeAsInTheDatabase() throws Exception {
		Instant fixed = CHANGED.plus(Duration.ofDays(10));
		this.fixture.change(this.groupB, false, null, true, fixed, "remediation: auto-delete off, capture on");
		this.jdbc.update("update finding set last_seen = ?, resolved_at = ? where id = ?", Timestamp.from(fixed),
				Timestamp.from(fixed), this.finding);
		Instant asOf = CHANGED.plus(Duration.ofDays(20));
		Map<String, String> files = bundle(generate(ReportType.REMEDIATION, this.department, asOf));
		JsonNode report = this.json.readTree(files.get("report.json"));
		assertThat(report.toString()).contains("Ensure messages are retained per the schedules");
		assertThat(files).containsKeys("charts/coverage.svg", "tables/trend.csv", "tables/groups.csv",
				"tables/changes.csv", "tables/findings.csv", "report.pdf");

		// coverage over time: each point as the settings and findings in the tables were
		// then
		List<CSVRecord> trend = csv(files.get("tables/trend.csv"));
		JsonNode trendJson = table(report, "trend").get("rows");
		assertThat(trend).hasSize(13);
		assertThat(trendJson.size()).isEqualTo(trend.size());
		assertThat(Instant.parse(trend.getFirst().get("at"))).isEqualTo(PERIOD_START);
		assertThat(Instant.parse(trend.getLast().get("at"))).isEqualTo(asOf);
		for (int i = 0; i < trend.size(); i++) {
			CSVRecord point = trend.get(i);
			Instant at = Instant.parse(point.get("at"));
			List<Map<String, Object>> inForce = this.jdbc.queryForList("""
					select v.auto_delete, v.capture_enabled from deletion_policy_version v
					where v.group_id in (?, ?, ?) and v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?)
					""", this.groupA, this.groupB, this.groupOther, Timestamp.from(at), Timestamp.from(at));
			long autoDelete = inForce.stream().filter((v) -> Boolean.TRUE.equals(lower(v).get("auto_delete"))).count();
			long captured = inForce.stream()
				.filter((v) -> Boolean.TRUE.equals(lower(v).get("capture_enabled")))
				.count();
			long retained = inForce.stream()
				.filter((v) -> !Boolean.TRUE.equals(lower(v).get("auto_delete"))
						|| Boolean.TRUE.equals(lower(v).get("capture_enabled")))
				.count();
			Long open = this.jdbc.queryForObject("""
					select count(*) from finding where group_id in (?, ?, ?)
					and first_seen <= ? and (resolved_at is null or resolved_at > ?)
					""", Long.class, this.groupA, this.groupB, this.groupOther, Timestamp.from(at), Timestamp.from(at));
			assertThat(point.get("groups")).as(at.toString()).isEqualTo(String.valueOf(inForce.size()));
			assertThat(point.get("autoDelete")).as(at.toString()).isEqualTo(String.valueOf(autoDelete));
			assertThat(point.get("captured")).as(at.toString()).isEqualTo(String.valueOf(captured));
			assertThat(point.get("retained")).as(at.toString()).isEqualTo(String.valueOf(retained));
			assertThat(point.get("openFindings")).as(at.toString()).isEqualTo(String.valueOf(open));
			assertThat(trendJson.get(i).get("retained").asLong()).isEqualTo(retained);
			assertThat(trendJson.get(i).get("at").asString()).isEqualTo(point.get("at"));
		}
		// the dip after the change and the recovery after the remediation are both
		// visible
		assertThat(trend.getFirst().get("retained")).isEqualTo("2");
		assertThat(trend).anySatisfy((p) -> {
			assertThat(p.get("retained")).isEqualTo("1");
			assertThat(p.get("openFindings")).isEqualTo("1");
		});
		assertThat(trend.getLast().get("retained")).isEqualTo("2");
		assertThat(trend.getLast().get("retainedPercent")).isEqualTo("66.7");
		assertThat(trend.getLast().get("openFindings")).isEqualTo("0");

		// compliance per group at the end of the period
		List<CSVRecord> groups = csv(files.get("tables/groups.csv"));
		assertThat(groups).extracting((g) -> g.get("groupId"))
			.containsExactlyInAnyOrder(String.valueOf(this.groupA), String.valueOf(this.groupB),
					String.valueOf(this.groupOther));
		for (CSVRecord group : groups) {
			Map<String, Object> db = lower(this.jdbc.queryForMap("""
					select auto_delete, max_lifetime_seconds, capture_enabled, valid_from, reason
					from deletion_policy_version
					where group_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)
					""", Long.parseLong(group.get("groupId")), Timestamp.from(asOf), Timestamp.from(asOf)));
			assertThat(group.get("autoDelete")).isEqualTo(String.valueOf(db.get("auto_delete")));
			Object lifetime = db.get("max_lifetime_seconds");
			assertThat(group.get("maxLifetimeSeconds")).isEqualTo((lifetime != null) ? lifetime.toString() : "");
			assertThat(group.get("captureEnabled")).isEqualTo(String.valueOf(db.get("capture_enabled")));
			assertThat(group.get("settingsSince")).isEqualTo(instant(db.get("valid_from")).toString());
			assertThat(group.get("reason")).isEqualTo(db.get("reason"));
		}
		CSVRecord remediated = row(groups, this.groupB);
		assertThat(remediated.get("settingsSince")).isEqualTo(fixed.toString());
		assertThat(remediated.get("assessment")).isEqualTo("kept");
		assertThat(row(groups, this.groupA).get("assessment")).isEqualTo("kept");
		assertThat(row(groups, this.groupOther).get("assessment")).isEqualTo("DELETES TOO EARLY");

		// the changes made in the period, in order, with author and reason
		List<Map<String, Object>> expected = this.jdbc.queryForList("""
				select v.group_id, v.valid_from, v.auto_delete, v.capture_enabled, v.changed_by, v.reason
				from deletion_policy_version v
				where v.group_id in (?, ?, ?) and v.valid_from > ? and v.valid_from <= ?
				order by v.valid_from, v.id
				""", this.groupA, this.groupB, this.groupOther, Timestamp.from(PERIOD_START), Timestamp.from(asOf));
		List<CSVRecord> changes = csv(files.get("tables/changes.csv"));
		assertThat(expected).hasSize(2);
		assertThat(changes).hasSameSizeAs(expected);
		assertThat(table(report, "changes").get("rows").size()).isEqualTo(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			Map<String, Object> db = lower(expected.get(i));
			CSVRecord change = changes.get(i);
			assertThat(change.get("groupId")).isEqualTo(String.valueOf(db.get("group_id")));
			assertThat(change.get("validFrom")).isEqualTo(instant(db.get("valid_from")).toString());
			assertThat(change.get("autoDelete")).isEqualTo(String.valueOf(db.get("auto_delete")));
			assertThat(change.get("captureEnabled")).isEqualTo(String.valueOf(db.get("capture_enabled")));
			assertThat(change.get("changedBy")).isEqualTo(db.get("changed_by"));
			assertThat(change.get("reason")).isEqualTo(db.get("reason"));
		}
		assertThat(changes).extracting((c) -> c.get("reason"))
			.containsExactly("pilot of disappearing messages", "remediation: auto-delete off, capture on");

		// the finding the change opened, and its resolution
		assertThat(observed(csv(files.get("tables/findings.csv")))).singleElement().satisfies((f) -> {
			assertThat(f.get("findingId")).isEqualTo(String.valueOf(this.finding));
			assertThat(f.get("resolvedAt")).isEqualTo(fixed.toString());
		});
	}

	@Test
	void aReportAsOfADateBeforeTheFirstRunShowsTheFindingsThatHeldThenDerivedFromHistory() throws Exception {
		// a held group that auto-deletes with capture on, and a first run of the engine
		// after the report's date; one breach at D was observed by an earlier run
		long held = this.fixture.group(this.platform, this.componentA, this.fixture.prefix + "-held", true, 86_400L,
				true);
		this.jdbc.update("""
				insert into legal_hold (kind, case_reference, title, started_at, placed_by)
				values ('FOIA', ?, 'FOIA request', ?, 'officer')
				""", this.fixture.prefix + "-FOIA", Timestamp.from(ReportFixture.T0));
		this.jdbc.update("""
				insert into legal_hold_scope (hold_id, scope_kind, group_id)
				select id, 'GROUP', ? from legal_hold where case_reference = ?
				""", held, this.fixture.prefix + "-FOIA");
		this.jdbc.update("""
				insert into compliance_run (trigger_kind, started_at, finished_at, groups_evaluated, findings_opened,
				                            findings_resolved, open_after) values ('start-up', ?, ?, 4, 1, 0, 1)
				""", Timestamp.from(CHANGED), Timestamp.from(CHANGED));
		long seen = this.fixture.finding(this.componentB, this.platform, this.groupOther, "UNSCHEDULED_AUTO_DELETE",
				"CRITICAL", ReportFixture.T0.plus(Duration.ofDays(1)), null);

		Map<String, String> files = bundle(generate(ReportType.RECORDS_COMPLIANCE, this.department, D));
		List<CSVRecord> findings = csv(files.get("tables/findings.csv"));
		// the hold breach no run saw is there, marked; the observed one is not doubled
		assertThat(findings).filteredOn((f) -> f.get("subjectId").equals(String.valueOf(held)))
			.extracting((f) -> f.get("rule") + " " + f.get("source"))
			.contains("HOLD_AUTO_DELETE derived from history");
		assertThat(findings).filteredOn((f) -> f.get("subjectId").equals(String.valueOf(this.groupOther)))
			.singleElement()
			.satisfies((f) -> {
				assertThat(f.get("findingId")).isEqualTo(String.valueOf(seen));
				assertThat(f.get("source")).isEqualTo("observed by a compliance run");
			});
		assertThat(findings).filteredOn((f) -> f.get("source").equals("derived from history"))
			.allSatisfy((f) -> assertThat(f.get("findingId")).isEmpty());
		// the held group deletes under the hold whatever its capture
		assertThat(row(csv(files.get("tables/groups.csv")), held).get("assessment")).isEqualTo("DELETES UNDER HOLD");
		// the summary counts both kinds
		long critical = findings.stream().filter((f) -> f.get("severity").equals("CRITICAL")).count();
		assertThat(critical).isGreaterThanOrEqualTo(2);
		assertThat(csv(files.get("tables/summary.csv")))
			.filteredOn((r) -> r.get("item").equals("Open findings, critical"))
			.singleElement()
			.satisfies((r) -> assertThat(r.get("value")).isEqualTo(String.valueOf(critical)));
		// and every format says where the findings come from
		assertThat(files.get("report.json")).contains("derived from history",
				"The compliance engine first ran at " + CHANGED);
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader
			.loadPDF(files.get("report.pdf").getBytes(StandardCharsets.ISO_8859_1))) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("derived from history", "DELETES UNDER HOLD", "HOLD_AUTO_DELETE");
		}
	}

	@Test
	void theSameReportTwiceHasTheSameContentApartFromTimeAndSignature() throws Exception {
		Map<String, String> first = bundle(generate(ReportType.RECORDS_COMPLIANCE, this.componentA, D));
		Map<String, String> second = bundle(generate(ReportType.RECORDS_COMPLIANCE, this.componentA, D));
		for (String name : first.keySet()) {
			if (name.startsWith("tables/") || name.startsWith("charts/")) {
				assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
			}
		}
		JsonNode a = this.json.readTree(first.get("report.json"));
		JsonNode b = this.json.readTree(second.get("report.json"));
		((tools.jackson.databind.node.ObjectNode) a.get("report")).remove("generatedAt");
		((tools.jackson.databind.node.ObjectNode) b.get("report")).remove("generatedAt");
		assertThat(b).isEqualTo(a);
	}

	@Test
	void badRequestsAreRefusedClearly() {
		Instant future = Instant.now().plus(Duration.ofDays(2));
		assertThatThrownBy(() -> request(ReportType.RECORDS_COMPLIANCE, this.department, future, this.inspector))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("is in the future");
		assertThatThrownBy(() -> request(ReportType.DEPLOYMENT_STATUS, this.department,
				Instant.parse("1990-01-01T00:00:00Z"), this.inspector))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("is before any data");
		assertThatThrownBy(() -> request(ReportType.RECORDS_COMPLIANCE, this.componentA, D, this.narrow))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("is not one of your organizations");
		assertThatThrownBy(() -> as(this.inspector,
				() -> this.reports.request(new ReportRequest(ReportType.REMEDIATION, this.department, null, D, " ")),
				INSPECTOR))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("quote it");
		assertThatThrownBy(() -> as(this.fixture.user("admin"),
				() -> this.reports.request(new ReportRequest(ReportType.AUDIT_EXTRACT, this.department, null, D, null)),
				"PLATFORM_ADMIN"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void everyBundleIsArchivedCheckedOnDownloadAndAudited() throws Exception {
		long id = generate(ReportType.DEPLOYMENT_STATUS, this.department, D);
		ReportSummary report = as(this.inspector, () -> this.reports.find(id).orElseThrow(), INSPECTOR);
		assertThat(report.status()).isEqualTo(ReportStatus.DONE);
		assertThat(report.requestedBy()).isEqualTo(this.inspector);
		assertThat(report.parameters()).contains("\"type\":\"DEPLOYMENT_STATUS\"", "\"asOf\":\"" + D + "\"");
		assertThat(as(this.narrow, () -> this.reports.find(id), INSPECTOR)).isEmpty();
		ArchivedBundle bundle = as(this.inspector, () -> this.reports.download(id), INSPECTOR);
		assertThat(bundle.sha256()).isEqualTo(report.sha256());
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where target_type = 'report' and target_id = ?" + " order by seq",
				String.class, String.valueOf(id)))
			.containsExactly("report.requested", "report.generated", "report.downloaded");
		Path copy = Files.createTempFile("bundle", ".zip");
		Files.copy(bundle.file(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		bundle.file().toFile().setWritable(true);
		Files.write(bundle.file(), flipLastByte(Files.readAllBytes(bundle.file())));
		assertThatThrownBy(() -> as(this.inspector, () -> this.reports.download(id), INSPECTOR))
			.hasMessageContaining("was altered on disk");
		Files.copy(copy, bundle.file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void eachFormatDownloadsOnItsOwnFromTheCheckedBundleWithinTheSameScope() throws Exception {
		long id = generate(ReportType.RECORDS_COMPLIANCE, this.componentA, D);
		Map<String, String> files = bundle(id);
		ReportFile pdf = as(this.inspector, () -> this.reports.downloadFile(id, ReportFile.Format.PDF, null),
				INSPECTOR);
		assertThat(new String(pdf.content(), StandardCharsets.ISO_8859_1)).isEqualTo(files.get("report.pdf"));
		assertThat(pdf.fileName()).isEqualTo("report-" + id + ".pdf");
		assertThat(pdf.sha256Base64()).isEqualTo(java.util.Base64.getEncoder()
			.encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(pdf.content())));
		ReportFile json = as(this.inspector, () -> this.reports.downloadFile(id, ReportFile.Format.JSON, null),
				INSPECTOR);
		assertThat(new String(json.content(), StandardCharsets.UTF_8)).isEqualTo(files.get("report.json"));
		assertThat(as(this.inspector, () -> this.reports.tables(id), INSPECTOR)).contains("groups", "findings");
		ReportFile groups = as(this.inspector, () -> this.reports.downloadFile(id, ReportFile.Format.CSV, "groups"),
				INSPECTOR);
		assertThat(new String(groups.content(), StandardCharsets.UTF_8)).isEqualTo(files.get("tables/groups.csv"));
		assertThat(groups.contentType()).startsWith("text/csv");
		assertThatThrownBy(
				() -> as(this.inspector, () -> this.reports.downloadFile(id, ReportFile.Format.CSV, "nope"), INSPECTOR))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("has no table nope");
		assertThatThrownBy(() -> as(this.inspector,
				() -> this.reports.downloadFile(id, ReportFile.Format.CSV, "../cert"), INSPECTOR))
			.isInstanceOf(ValidationException.class);
		// outside the user's organizations the report does not exist
		assertThatThrownBy(
				() -> as(this.narrow, () -> this.reports.downloadFile(id, ReportFile.Format.PDF, null), INSPECTOR))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("No such report");
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where target_type = 'report' and target_id = ? order by seq",
				String.class, String.valueOf(id)))
			.containsSubsequence("report.file.downloaded", "report.file.downloaded", "report.file.downloaded");
	}

	@Test
	void anUploadedBundleIsCheckedFileByFile() throws Exception {
		long id = generate(ReportType.AUDIT_EXTRACT, this.department, Instant.now().minusSeconds(1));
		byte[] original = Files.readAllBytes(as(this.inspector, () -> this.reports.download(id), INSPECTOR).file());
		BundleCheck intact = check(original);
		assertThat(intact.bundle().problems()).isEmpty();
		assertThat(intact.checkpointOk()).as(intact.checkpointMessage()).isTrue();
		assertThat(intact.isValid()).isTrue();

		BundleCheck tampered = check(rewrite(original, "tables/events.csv"));
		assertThat(tampered.isValid()).isFalse();
		assertThat(tampered.bundle().problems()).extracting(BundleProblem::file).containsExactly("tables/events.csv");
		assertThat(tampered.bundle().problems().get(0).kind()).isEqualTo(BundleProblem.Kind.HASH_MISMATCH);

		BundleCheck truncated = check(java.util.Arrays.copyOf(original, original.length / 2));
		assertThat(truncated.bundle().problems()).extracting(BundleProblem::kind)
			.containsExactly(BundleProblem.Kind.TRUNCATED_ARCHIVE);
	}

	@Test
	void aDispositionReportIsPrefilledEditedAndIssuedOnARecordsOfficersSignOff() throws Exception {
		String officer = this.fixture.user("officer");
		this.fixture.bind(officer, this.department);
		DispositionDraft draft = as(this.inspector, () -> this.dispositions.prepare(this.finding), INSPECTOR);
		assertThat(draft.elements().records()).contains(this.fixture.prefix + "-changed", "auto-delete after 1 day(s)",
				"pilot of disappearing messages");
		// the office is named as every view names it: a component with its code (DD059)
		assertThat(draft.elements().office()).matches("Org A \\(\\w+A\\)");
		assertThat(draft.elements().circumstances()).contains("Finding #" + this.finding);
		DispositionElements edited = new DispositionElements(draft.elements().records(), draft.elements().office(),
				draft.elements().circumstances(), draft.elements().safeguards(), "Capture archive export requested.");
		DispositionDraft saved = as(this.inspector, () -> this.dispositions.update(draft.id(), draft.version(), edited),
				INSPECTOR);
		assertThatThrownBy(
				() -> as(this.inspector, () -> this.dispositions.signOff(saved.id(), saved.version()), INSPECTOR))
			.isInstanceOf(AccessDeniedException.class);
		long reportId = as(officer, () -> this.dispositions.signOff(saved.id(), saved.version()), "RECORDS_OFFICER");
		ReportSummary done = await(reportId, officer, "RECORDS_OFFICER");
		assertThat(done.status()).as(String.valueOf(done.failure())).isEqualTo(ReportStatus.DONE);
		Map<String, String> files = unzip(
				Files.readAllBytes(as(this.inspector, () -> this.reports.download(reportId), INSPECTOR).file()));
		assertThat(files.get("report.json")).contains("Capture archive export requested.",
				"Signed off by records officer " + officer);
		assertThatThrownBy(() -> as(this.inspector,
				() -> this.dispositions.update(saved.id(), saved.version() + 1, edited), INSPECTOR))
			.hasMessageContaining("signed off");
	}

	// helpers

	long generate(ReportType type, long organization, Instant asOf) {
		long id = request(type, organization, asOf, this.inspector);
		ReportSummary report = await(id, this.inspector, INSPECTOR);
		assertThat(report.status()).as(String.valueOf(report.failure())).isEqualTo(ReportStatus.DONE);
		return id;
	}

	long request(ReportType type, long organization, Instant asOf, String user) {
		Instant from = type.coversPeriod() ? PERIOD_START : null;
		return as(user,
				() -> this.reports.request(new ReportRequest(type, organization, from, asOf,
						(type == ReportType.REMEDIATION) ? "Ensure messages are retained per the schedules" : null)),
				INSPECTOR);
	}

	ReportSummary await(long id, String user, String role) {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			ReportSummary report = TestUsers.as(user, () -> this.reports.find(id).orElseThrow(), role);
			if (report.status() == ReportStatus.DONE || report.status() == ReportStatus.FAILED
					|| System.nanoTime() > deadline) {
				return report;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return report;
			}
		}
	}

	Map<String, String> bundle(long id) throws IOException {
		return unzip(Files.readAllBytes(as(this.inspector, () -> this.reports.download(id), INSPECTOR).file()));
	}

	/** The findings rows a compliance run observed (not derived from history). */
	static List<CSVRecord> observed(List<CSVRecord> findings) {
		return findings.stream().filter((f) -> f.get("source").equals("observed by a compliance run")).toList();
	}

	BundleCheck check(byte[] bytes) {
		return as(this.inspector, () -> this.reports.verify(new ByteArrayInputStream(bytes)), INSPECTOR);
	}

	static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
			}
		}
		files.replaceAll((name, text) -> name.endsWith(".pdf") || name.endsWith(".p7s") ? text
				: new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		return files;
	}

	/** The bundle with one byte of one file changed, zipped again. */
	static byte[] rewrite(byte[] zip, String file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rezipped = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(file)) {
					content[content.length - 3] ^= 0x01;
				}
				rezipped.putNextEntry(new ZipEntry(entry.getName()));
				rezipped.write(content);
				rezipped.closeEntry();
			}
		}
		return out.toByteArray();
	}

	static byte[] flipLastByte(byte[] bytes) {
		byte[] copy = bytes.clone();
		copy[copy.length - 30] ^= 0x01;
		return copy;
	}

	static List<CSVRecord> csv(String text) throws IOException {
		return new ArrayList<>(CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords());
	}

	static CSVRecord row(List<CSVRecord> rows, long groupId) {
		return rows.stream().filter((r) -> r.get("groupId").equals(String.valueOf(groupId))).findFirst().orElseThrow();
	}

	static JsonNode table(JsonNode report, String name) {
		for (JsonNode section : report.get("sections")) {
			if (section.has("table") && section.get("table").asString().equals(name)) {
				return section;
			}
		}
		throw new AssertionError("no table " + name);
	}

	static Map<String, Object> lower(Map<String, Object> row) {
		Map<String, Object> lower = new LinkedHashMap<>();
		row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
		return lower;
	}

	static Instant instant(Object value) {
		return (value instanceof java.sql.Timestamp ts) ? ts.toInstant()
				: ((java.time.OffsetDateTime) value).toInstant();
	}

	static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

	static ZipFile zip(Path path) throws IOException {
		return new ZipFile(path.toFile());
	}

}
