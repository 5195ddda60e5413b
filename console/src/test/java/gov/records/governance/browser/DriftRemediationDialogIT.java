package gov.records.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The drift remediation dialog in a real browser (issue 19, item 4): it asks for the
 * reason the audit log needs; "Turn on" without one says so and changes nothing, with one
 * it turns remediation on.
 */
class DriftRemediationDialogIT {

	private static Browser browser;

	@BeforeAll
	static void start() {
		browser = new Browser(ConsoleProcess.shared());
	}

	@AfterAll
	static void stop() {
		browser.close();
	}

	@Test
	void turningRemediationOnAsksForAReason() {
		browser.login("admin", "demo");
		browser.open("platforms");
		browser.click(By
			.xpath("//vaadin-grid[@id='platform-grid']//vaadin-grid-cell-content[contains(., 'DCR Mattermost')]"));
		browser.awaitText("nothing is pushed back automatically");
		browser.click(By.id("toggle-remediation"));
		browser.await(By.id("remediation-reason"));
		browser.click(By.id("remediation-save"));
		browser.awaitText("Give a reason for changing drift remediation.");
		assertThat(browser.await(By.id("remediation-reason")).getAttribute("invalid")).isNotNull();
		assertThat(browser.texts(By.id("remediation-dialog"))).as("the dialog stays open").isNotEmpty();

		browser.await(By.cssSelector("#remediation-reason textarea"))
			.sendKeys("Pilot: push governed settings back after the drift review");
		browser.click(By.id("remediation-save"));
		browser.awaitText("Drift remediation for DCR Mattermost is on.");
		browser.awaitText("Drift is remediated automatically");
		browser.screenshot("remediation-on");
		browser.logout();
	}

}
