package gov.records.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The CIO's journey (issue 14, build 7): a red number on the dashboard leads to the
 * findings it counts, one of them to its failing group, and the group's page to the
 * finding's evidence; the back button returns to the same filtered list. Once with the
 * mouse, once with Tab and Enter only. Writes the dashboard's screenshots (1440 x 900 and
 * 390 px wide, docs/screenshots/dashboard.png) as the CIO and as admin-fec.
 */
class DashboardJourneyIT {

	private static final By RED_CRITICAL = By.cssSelector("[id^='component-'][id$='-critical'].needs-action");

	private static final By FINDING_CELLS = By.cssSelector("#finding-grid vaadin-grid-cell-content");

	private static Browser browser;

	@BeforeAll
	static void start() {
		browser = new Browser(ConsoleProcess.shared());
		browser.resize(1440, 900);
	}

	@AfterAll
	static void stop() {
		browser.close();
	}

	@Test
	void theCioFollowsARedNumberToTheFailingGroupAndItsEvidence() {
		browser.login("cio", "demo");
		browser.open("");
		browser.await(RED_CRITICAL);
		browser.awaitText("As of ");
		browser.screenshot("cio-dashboard");
		// the module root when run by Maven in console/
		browser.screenshotTo(docs().resolve("screenshots/dashboard.png"));
		String critical = browser.text(RED_CRITICAL);
		briefingHasTheDashboardsFigures();
		browser.click(RED_CRITICAL);
		browser.await(FINDING_CELLS);
		assertThat(browser.currentPath()).contains("findings?", "severity=CRITICAL", "organization=");
		browser.awaitText(critical + (critical.equals("1") ? " finding" : " findings"));
		browser.screenshot("cio-critical-findings");
		String list = browser.currentPath();

		browser.click(By.cssSelector("#finding-grid a.finding-group-link"));
		browser.await(By.id("group-findings"));
		assertThat(browser.currentPath()).containsPattern("/groups/\\d+$");
		assertThat(browser.text(By.id("group-findings"))).contains("Critical");
		browser.click(By.cssSelector("#group-findings vaadin-details"));
		browser.awaitText("What to do:");
		assertThat(browser.text(By.id("capture-statement"))).startsWith("Capture for records").contains("Configured");
		browser.screenshot("cio-group-evidence");

		browser.back();
		browser.await(FINDING_CELLS);
		assertThat(browser.currentPath()).isEqualTo(list);
		browser.awaitText(critical + (critical.equals("1") ? " finding" : " findings"));
		browser.logout();
	}

	// Tab from the top of the page, without the skip link: the whole view must be in the
	// Tab order (a standing tabindex="-1" on the view root hid it, DD065)
	@Test
	void theSameJourneyWithTabAndEnterOnly() {
		browser.login("cio", "demo");
		browser.open("");
		browser.await(RED_CRITICAL);
		tabTo("a#component-", "-critical", "needs-action");
		browser.press(Keys.ENTER);
		browser.await(FINDING_CELLS);
		assertThat(browser.currentPath()).contains("severity=CRITICAL");
		tabTo("[body]");
		// Enter on the cell moves into it (the link), Enter again follows the link
		browser.press(Keys.ENTER);
		assertThat(browser.focused()).contains("finding-group-link");
		browser.press(Keys.ENTER);
		browser.await(By.id("group-findings"));
		tabTo("vaadin-details-summary");
		browser.press(Keys.ENTER);
		browser.awaitText("What to do:");
		browser.logout();
	}

	@Test
	void dashboardsAtTheDesktopAndPhoneWidthsForTheCioAndAComponentAdministrator() {
		browser.login("admin-fec", "demo");
		browser.open("");
		browser.await(By.id("total-critical"));
		assertThat(browser.text(By.tagName("body"))).contains("Federal Emergency Coordination Agency")
			.doesNotContain("By component");
		browser.screenshot("admin-fec-dashboard");
		browser.resize(390, 844);
		browser.screenshot("admin-fec-dashboard-390");
		browser.logout();
		browser.login("cio", "demo");
		browser.open("");
		browser.await(RED_CRITICAL);
		browser.screenshot("cio-dashboard-390");
		browser.resize(1440, 900);
		browser.logout();
	}

	/**
	 * The CIO's one-page briefing, downloaded over HTTP as this browser from the link on
	 * the page, opened with PDFBox: one page, and the scope's figures as the page shows
	 * them (kept as target/screenshots/briefing.pdf to look at).
	 */
	private static void briefingHasTheDashboardsFigures() {
		try {
			String href = browser.await(By.id("briefing-pdf")).getAttribute("href");
			java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
					.header("Cookie", browser.sessionCookie())
					.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			assertThat(pdf.statusCode()).isEqualTo(200);
			java.nio.file.Files.write(
					java.nio.file.Files.createDirectories(Path.of("target", "screenshots")).resolve("briefing.pdf"),
					pdf.body());
			try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
				assertThat(doc.getNumberOfPages()).isEqualTo(1);
				String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
				String row = "All in scope " + java.util.stream.Stream
					.of("compliance", "critical", "high", "no-capture", "drift", "unsanctioned", "capture")
					.map((f) -> browser.text(By.id("total-" + f)).strip())
					.collect(java.util.stream.Collectors.joining(" "));
				// the groups column sits between the scope and the figures
				assertThat(text.replaceFirst("All in scope [\\d,]+ ", "All in scope ")).contains(row);
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Presses Tab until the focused element's description contains every part; fails
	 * after 250 presses.
	 */
	private static void tabTo(String... parts) {
		for (int i = 0; i < 250; i++) {
			browser.press(Keys.TAB);
			String focused = browser.focused();
			if (java.util.Arrays.stream(parts).allMatch(focused::contains)) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + String.join(" ", parts) + "; focus is on " + browser.focused());
	}

	private static Path docs() {
		Path here = Path.of("").toAbsolutePath();
		return (here.resolve("docs").toFile().isDirectory() ? here : here.getParent()).resolve("docs");
	}

}
