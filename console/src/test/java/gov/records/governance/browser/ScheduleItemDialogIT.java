package gov.records.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The schedule item dialog in a real browser (issue 19, items 2 and 4): a records officer
 * creates an item (leaving "Superseded by" empty, which used to fail on the server and
 * leave the dialog open), is told in the dialog what is wrong with a bad retention and
 * nothing is saved, edits the item, and supersedes it, first without naming the successor
 * (told so in the dialog) and then with it.
 */
class ScheduleItemDialogIT {

	private static final By ROWS = By.cssSelector("#schedule-grid vaadin-grid-cell-content");

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
	void aRecordsOfficerCreatesEditsAndSupersedesAnItem() {
		browser.login("records", "demo");
		browser.open("schedules");
		browser.await(ROWS);

		browser.click(By.id("new-item"));
		type("#item-schedule input", "IT-19");
		type("#item-schedule-title input", "Browser test schedule");
		type("#item-number input", "010");
		type("#item-title input", "Pilot chats");
		type("#item-retention input", "forever");
		browser.click(By.id("save-item"));
		browser.awaitText("Not saved; nothing has changed.");
		assertThat(browser.await(By.id("item-retention")).getAttribute("invalid")).isNotNull();
		assertThat(browser.text(By.id("item-dialog"))).doesNotContain("Exception");
		browser.screenshot("schedule-item-refused");
		type("#item-retention input", "3 years");
		browser.click(By.id("save-item"));
		browser.awaitText("Saved IT-19 / 010");
		awaitClosed("item-dialog");

		browser.click(By.id("new-item"));
		type("#item-schedule input", "IT-19");
		type("#item-schedule-title input", "Browser test schedule");
		type("#item-number input", "020");
		type("#item-title input", "Messenger records");
		type("#item-retention input", "P7Y");
		browser.click(By.id("save-item"));
		browser.awaitText("Saved IT-19 / 020");
		awaitClosed("item-dialog");

		browser.click(row("IT-19 / 010"));
		browser.awaitText("Pilot chats");
		browser.click(By.id("edit-item"));
		type("#item-title input", "Pilot chats and calls");
		browser.click(By.id("save-item"));
		browser.awaitText("Saved IT-19 / 010");
		awaitClosed("item-dialog");
		browser.awaitText("Pilot chats and calls");

		browser.click(By.id("supersede-item"));
		browser.click(By.id("end-confirm"));
		browser.awaitText("Not done; nothing has changed.");
		assertThat(browser.await(By.id("end-successor")).getAttribute("invalid")).isNotNull();
		type("#end-successor input", "IT-19 / 020");
		browser.click(By.id("end-confirm"));
		browser.awaitText("IT-19 / 010 ends on");
		browser.awaitText("Superseded by: IT-19 / 020");
		browser.screenshot("schedule-item-superseded");
		browser.logout();
	}

	/** Waits until the dialog is gone (it closes with an animation). */
	private static void awaitClosed(String id) {
		long until = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
		while (!browser.texts(By.id(id)).isEmpty()) {
			assertThat(System.nanoTime()).as("the dialog %s closed", id).isLessThan(until);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static By row(String text) {
		return By
			.xpath("//vaadin-grid[@id='schedule-grid']//vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
	}

	/** Replaces the field's text and leaves it, so the value reaches the server. */
	private static void type(String css, String text) {
		browser.await(By.cssSelector(css)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
	}

}
