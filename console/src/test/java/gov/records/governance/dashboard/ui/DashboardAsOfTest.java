package gov.records.governance.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import gov.records.governance.base.ui.AsOf;
import gov.records.governance.compliance.ui.FindingListView;
import gov.records.governance.dashboard.DashboardFigures;
import gov.records.governance.dashboard.DashboardService;
import gov.records.governance.groups.ui.GroupListView;
import gov.records.governance.holds.ui.HoldListView;
import gov.records.governance.reports.render.PdfReportRenderer;
import gov.records.governance.settings.ui.ApprovalCard;
import gov.records.governance.settings.ui.ApprovalListView;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The dashboard as of a past day (issue 14, build 4; DD080): the figures as they stood at
 * the end of that day, counted from the history (a finding open then and resolved since
 * counts, one first seen since does not; a change waiting then and decided since counts),
 * every link opening its list as of the same day with the same number, the component
 * administrator's past its component's only, and a bad or future date named with the
 * present shown.
 */
@SpringBootTest
class DashboardAsOfTest extends SpringBrowserlessTest {

	private static final String SUMMARY = "test as of";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DashboardService dashboard;

	@Autowired
	private PdfReportRenderer renderer;

	private final LocalDate day = AsOf.today().minusDays(10);

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void theCiosPastDashboardCountsWhatWasOpenThenAndEveryLinkKeepsTheDate() {
		addPastFindings();
		long pendingThen = addPastRequest();
		navigate(DashboardView.class);
		long criticalNow = figure("total-critical");
		go("?asOf=" + this.day);
		assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
		assertThat(find(Span.class).id("as-of-banner").getText()).startsWith("As of " + this.day + ": the figures");
		long criticalThen = figure("total-critical");
		assertThat(criticalThen).isEqualTo(openCriticalAt(false)).isPositive().isNotEqualTo(criticalNow);
		assertThat(figure("pending-approvals")).isEqualTo(pendingThen).isPositive();
		assertThat(find(Span.class).id("platform-health-now").getText()).contains("present only");
		assertThat($(Span.class).all()).noneMatch((s) -> s.getId().orElse("").equals("history-note"));
		List<RouterLink> links = $(RouterLink.class).all().stream().filter((l) -> l.hasClassName("drilldown")).toList();
		assertThat(links).hasSizeGreaterThan(10).allMatch((l) -> l.getHref().contains("asOf=" + this.day), "as of");

		// each figure opens its list as of the same day, with as many rows
		for (String id : List.of("total-critical", "total-high", "total-drift")) {
			go("?asOf=" + this.day);
			RouterLink link = find(RouterLink.class).id(id);
			String expected = link.getText();
			go(link.getHref());
			assertThat(getCurrentView()).isInstanceOf(FindingListView.class);
			assertThat(find(Span.class).id("finding-count").getText()).as(id)
				.isEqualTo(expected + (expected.equals("1") ? " finding" : " findings"));
		}
		for (String id : List.of("total-no-capture")) {
			go("?asOf=" + this.day);
			RouterLink link = find(RouterLink.class).id(id);
			long expected = Long.parseLong(link.getText().replace(",", ""));
			go(link.getHref());
			assertThat(getCurrentView()).isInstanceOf(GroupListView.class);
			assertThat(Long.parseLong(find(Span.class).id("group-count").getText().replaceAll("[^0-9]", ""))).as(id)
				.isEqualTo(expected);
		}
		go("?asOf=" + this.day);
		go(find(RouterLink.class).id("pending-approvals").getHref());
		assertThat(getCurrentView()).isInstanceOf(ApprovalListView.class);
		assertThat(find(Span.class).id("as-of-banner").isVisible()).isTrue();
		assertThat($(ApprovalCard.class).all()).hasSize((int) pendingThen);
		go("?asOf=" + this.day);
		String holds = find(RouterLink.class).id("active-holds").getHref();
		go(holds);
		assertThat(getCurrentView()).isInstanceOf(HoldListView.class);
		assertThat(find(Span.class).id("as-of-banner").getText()).startsWith("As of " + this.day);
	}

	@Test
	@WithMockUser(username = "admin-fec", roles = "PLATFORM_ADMIN")
	void aComponentAdministratorsPastDashboardCountsItsComponentOnly() {
		addPastFindings();
		go("?asOf=" + this.day);
		long fec = openCriticalAt(true);
		assertThat(fec).isPositive().isLessThan(openCriticalAt(false));
		assertThat(figure("total-critical")).isEqualTo(fec);
		assertThat(find(Span.class).id("queue-now-only").getText()).contains("now");
		DashboardFigures figures = this.dashboard.figuresAsOf(this.day);
		assertThat(figures.total().critical()).isEqualTo(fec);
		assertThat(figures.components()).allMatch((c) -> c.component().code().equals("FEC"));
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void aBadOrFutureDateIsNamedAndThePresentShown() {
		addPastFindings();
		navigate(DashboardView.class);
		long criticalNow = figure("total-critical");
		go("?asOf=2026-13-45");
		assertThat(find(Span.class).id("as-of-banner").getText())
			.contains("Left out of the address: asOf '2026-13-45' (not a date", "The figures of now are shown.");
		assertThat(figure("total-critical")).isEqualTo(criticalNow);
		assertThat($(RouterLink.class).all()).noneMatch((l) -> l.getHref().contains("asOf="));
		go("?asOf=" + AsOf.today().plusDays(3));
		assertThat(find(Span.class).id("as-of-banner").getText()).contains("(after today)");
		assertThat(figure("total-critical")).isEqualTo(criticalNow);
	}

	/**
	 * A day before the console's first check has no findings to count: the figures say
	 * "not known", not zero.
	 */
	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void aDayBeforeAnyFindingWasKeptSaysNotKnownInsteadOfZero() {
		long findings = this.jdbc.sql("select count(*) from finding where first_seen <= ?")
			.param(Timestamp.from(AsOf.endOf(this.day)))
			.query(Long.class)
			.single();
		assertThat(findings).as("the demo's findings are first seen when the console starts").isZero();
		go("?asOf=" + this.day);
		for (String id : List.of("total-critical", "total-high", "total-drift", "total-unsanctioned",
				"total-compliance")) {
			assertThat(find(Span.class).id(id).getText()).as(id).isEqualTo("not known");
		}
		assertThat(find(Span.class).id("history-note").getText()).startsWith("Not known: findings are kept from ");
		assertThat(find(Span.class).id("total-critical").getElement().getAttribute("title"))
			.startsWith("Not known: findings are kept from ");
		DashboardFigures figures = this.dashboard.figuresAsOf(this.day);
		assertThat(figures.findingsKnown()).isFalse();
		assertThat(BriefingPdf.known(BriefingPdf.row("All in scope", figures.total()), figures).get(3))
			.isEqualTo("not known");
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void theBriefingOfAPastDayHasThatDaysFiguresAndSaysHealthIsNows() throws Exception {
		addPastFindings();
		DashboardFigures figures = this.dashboard.figuresAsOf(this.day);
		assertThat(figures.past()).isTrue();
		assertThat(figures.asOf()).isEqualTo(AsOf.endOf(this.day));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BriefingPdf.write(figures, figures.total().component().name(), this.renderer, out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("as of " + this.day + " 23:59", "Health (now)", "on " + this.day,
					String.join(" ", BriefingPdf.row("All in scope", figures.total())));
		}
		assertThat(figures.total().critical()).isEqualTo(openCriticalAt(false));
	}

	@AfterEach
	void removeFixtures() {
		this.jdbc.sql("delete from finding where summary = ?").param(SUMMARY).update();
		this.jdbc.sql("delete from change_request where reason = ?").param(SUMMARY).update();
	}

	/**
	 * Critical findings open at the end of the day and resolved since, inside FEC and
	 * outside it, and one first seen after the day (which the past must not count).
	 */
	private void addPastFindings() {
		Instant end = AsOf.endOf(this.day);
		for (boolean fec : new boolean[] { true, false, false }) {
			finding(fec, end.minus(Duration.ofDays(5)), end.plus(Duration.ofDays(3)));
		}
		finding(true, end.plus(Duration.ofDays(1)), null);
	}

	private void finding(boolean fec, Instant firstSeen, Instant resolved) {
		long[] group = group(fec);
		this.jdbc
			.sql("insert into finding (rule_id, severity, summary, subject_type, subject_id, group_id,"
					+ " organization_id, platform_id, first_seen, last_seen, resolved_at, evidence)"
					+ " values ('SETTINGS_DRIFT', 'CRITICAL', ?, 'GROUP', ?, ?, ?, ?, ?, ?, ?, '{}')")
			.params(SUMMARY, group[0], group[0], group[1], group[2], Timestamp.from(firstSeen),
					Timestamp.from(firstSeen), (resolved != null) ? Timestamp.from(resolved) : null)
			.update();
	}

	/**
	 * A change requested before the day and approved after it: waiting then, not now.
	 * @return the changes waiting at the end of the day
	 */
	private long addPastRequest() {
		Instant end = AsOf.endOf(this.day);
		long[] group = group(true);
		this.jdbc
			.sql("insert into change_request (group_id, base_group_version, auto_delete, max_lifetime_seconds,"
					+ " burn_on_read_seconds, shredder_intensity, capture_enabled, reason, requested_by, requested_at,"
					+ " status, decided_by, decided_at) values (?, 0, true, 86400, null, 0, false, ?, 'admin', ?,"
					+ " 'APPROVED', 'records', ?)")
			.params(group[0], SUMMARY, Timestamp.from(end.minus(Duration.ofDays(2))),
					Timestamp.from(end.plus(Duration.ofDays(2))))
			.update();
		return this.jdbc
			.sql("select count(*) from change_request where requested_at <= ?"
					+ " and (decided_at is null or decided_at > ?)")
			.params(Timestamp.from(end), Timestamp.from(end))
			.query(Long.class)
			.single();
	}

	private long[] group(boolean fec) {
		return this.jdbc
			.sql("select id, organization_id, platform_id from messaging_group where name "
					+ (fec ? "like" : "not like") + " 'FEC-%' order by id")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.list()
			.getFirst();
	}

	/**
	 * Critical findings open at the end of the day, in FEC or in the whole department.
	 */
	private long openCriticalAt(boolean fecOnly) {
		Timestamp end = Timestamp.from(AsOf.endOf(this.day));
		return this.jdbc
			.sql("select count(*) from finding f join organization o on o.id = f.organization_id"
					+ " join organization c on c.code = 'FEC' where f.severity = 'CRITICAL' and f.first_seen <= ?"
					+ " and (f.resolved_at is null or f.resolved_at > ?)"
					+ (fecOnly ? " and o.tree_left between c.tree_left and c.tree_right" : ""))
			.params(end, end)
			.query(Long.class)
			.single();
	}

	private long figure(String id) {
		return Long.parseLong(find(RouterLink.class).id(id).getText().replace(",", "").replace("%", ""));
	}

	/** Opens an address with its query, as the browser does when a link is followed. */
	private static void go(String href) {
		com.vaadin.flow.router.Location location = new com.vaadin.flow.router.Location(href);
		UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
	}

}
