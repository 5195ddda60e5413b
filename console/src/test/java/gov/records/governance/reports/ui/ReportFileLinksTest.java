package gov.records.governance.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import gov.records.governance.reports.ReportFile;
import gov.records.governance.reports.ReportRequest;
import gov.records.governance.reports.ReportService;
import gov.records.governance.reports.ReportStatus;
import gov.records.governance.reports.ReportType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Reports view offers the PDF, the JSON and each table's CSV of a done report beside
 * its bundle.
 */
@SpringBootTest
class ReportFileLinksTest extends SpringBrowserlessTest {

	@Autowired
	ReportService reports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void aDoneReportHasItsPdfJsonAndOneCsvPerTable() throws Exception {
		Long department = this.jdbc.queryForObject("select id from organization where code = 'DCR'", Long.class);
		Instant asOf = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		long id = this.reports
			.request(new ReportRequest(ReportType.DEPLOYMENT_STATUS, department, null, asOf.minusSeconds(1), null));
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (this.reports.find(id).orElseThrow().status() != ReportStatus.DONE) {
			assertThat(this.reports.find(id).orElseThrow().status()).isNotEqualTo(ReportStatus.FAILED);
			assertThat(System.nanoTime()).isLessThan(deadline);
			Thread.sleep(200);
		}
		navigate(ReportListView.class);
		// the archive's downloads are plain links (Tab reaches them), not buttons in a
		// grid
		assertThat(find(Anchor.class).withId("report-" + id + "-bundle").single().getText()).isEqualTo("Bundle");
		assertThat(find(Anchor.class).withId("report-" + id + "-pdf").exists()).isTrue();
		Anchor pdf = ReportFileLinks.file(this.reports, id, ReportFile.Format.PDF);
		Anchor json = ReportFileLinks.file(this.reports, id, ReportFile.Format.JSON);
		assertThat(pdf.getText()).isEqualTo("PDF");
		assertThat(json.getText()).isEqualTo("JSON");
		assertThat(pdf.getElement().hasAttribute("download")).isTrue();
		Button csv = (Button) ReportFileLinks.csv(this.reports, id);
		csv.click();
		assertThat(find(Anchor.class).withId("report-" + id + "-csv-summary").single().getText())
			.isEqualTo("summary.csv");
		assertThat(find(Anchor.class).withId("report-" + id + "-csv-trend").exists()).isTrue();
	}

}
