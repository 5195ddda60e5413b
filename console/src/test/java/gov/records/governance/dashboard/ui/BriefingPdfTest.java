package gov.records.governance.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import gov.records.governance.dashboard.DashboardFigures;
import gov.records.governance.dashboard.DashboardService;
import gov.records.governance.dashboard.Scorecard;
import gov.records.governance.reports.render.PdfReportRenderer;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The one-page briefing PDF of the dashboard (issue 14, build 1): offered to the CIO, one
 * page, and the figures in it are the figures the dashboard shows, read back out of the
 * rendered PDF.
 */
@SpringBootTest
class BriefingPdfTest extends SpringBrowserlessTest {

	@Autowired
	private DashboardService dashboard;

	@Autowired
	private PdfReportRenderer renderer;

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void theBriefingIsOnePageAndItsFiguresAreTheDashboards() throws Exception {
		navigate(DashboardView.class);
		assertThat(find(Anchor.class).id("briefing-pdf").getElement().getAttribute("download")).isNotNull();
		List<String> page = List.of("compliance", "critical", "high", "no-capture", "drift", "unsanctioned", "capture")
			.stream()
			.map((figure) -> find(RouterLink.class).id("total-" + figure).getText())
			.toList();

		DashboardFigures figures = this.dashboard.figures();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BriefingPdf.write(figures, figures.total().component().name(), this.renderer, out);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "briefing.pdf"), out.toByteArray());
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(BriefingPdf.TITLE);
			// the scope's row: groups, then the dashboard's figures in its order
			List<String> row = BriefingPdf.row("All in scope", figures.total());
			assertThat(row.subList(2, 9)).containsExactlyElementsOf(
					List.of(page.get(0), page.get(1), page.get(2), page.get(3), page.get(4), page.get(5), page.get(6)));
			assertThat(text).contains(String.join(" ", row));
			for (Scorecard card : figures.components().stream().limit(BriefingPdf.COMPONENTS).toList()) {
				String figuresOfComponent = String.join(" ", BriefingPdf.row("", card).subList(1, 9));
				assertThat(text).contains(figuresOfComponent);
				assertThat(find(RouterLink.class).id("component-" + card.component().id() + "-critical").getText())
					.isEqualTo(BriefingPdf.row("", card).get(3));
			}
		}
	}

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void onlyTheCioIsOfferedTheBriefing() {
		navigate(DashboardView.class);
		assertThat($(Anchor.class).all()).noneMatch((a) -> a.getId().orElse("").equals("briefing-pdf"));
	}

}
