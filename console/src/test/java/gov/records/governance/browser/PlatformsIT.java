package gov.records.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The messaging backends in a real browser against the packaged console and its built-in
 * simulator: a platform administrator syncs the platforms and sees them in sync with
 * their groups and accounts, a group changed directly in a backend shows as drifted with
 * both values, the simulator page shows what it served, and the CIO reads the same health
 * with no actions.
 */
class PlatformsIT {

	private static final By CELLS = By.cssSelector("#platform-grid vaadin-grid-cell-content");

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
	void anAdministratorSyncsThePlatformsAndSeesThemInSync() {
		browser.login("admin", "demo");
		browser.open("platforms");
		browser.await(CELLS);
		String[] names = { "DCR Wickr Network", "DCR Mattermost", "DCR Matrix" };
		for (int platform = 1; platform <= 3; platform++) {
			browser.click(By.id("sync-" + platform));
			// each sync's own notification, not the one before it (or the scheduled sync
			// at it)
			browser.awaitAnyText("groups from " + names[platform - 1], "syncing " + names[platform - 1]);
		}
		browser.open("platforms");
		browser.await(CELLS);
		browser.awaitText("In sync");
		String cells = String.join("|", browser.texts(CELLS));
		assertThat(cells).contains("DCR Wickr Network", "DCR Mattermost", "DCR Matrix", "Not connected")
			.containsPattern("\\d+ drifted");
		browser.screenshot("admin-platforms");

		// every 40th demo group starts out changed directly in its backend
		browser.open("groups/40");
		browser.awaitText("Drifted in the backend");
		assertThat(browser.texts(By.cssSelector(".drift-difference")))
			.anySatisfy((d) -> assertThat(d).contains("governed").contains("live"));
		browser.screenshot("admin-group-drifted");

		browser.open("simulator");
		browser.awaitText("Listening at http://127.0.0.1:");
		browser.screenshot("admin-simulator");
		browser.logout();
	}

	@Test
	void theCioReadsPlatformHealthWithoutActions() {
		browser.login("cio", "demo");
		browser.open("platforms");
		browser.await(CELLS);
		assertThat(browser.text(By.tagName("body"))).doesNotContain("Sync now").doesNotContain("Import device");
		browser.open("simulator");
		browser.awaitText("Access denied");
		browser.logout();
	}

}
