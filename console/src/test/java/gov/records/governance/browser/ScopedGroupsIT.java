package gov.records.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Groups list in a real browser: the component-scoped administrator sees only the
 * groups of its component; a department-wide user sees more; a search with SQL and HTML
 * in it is plain text.
 */
class ScopedGroupsIT {

	private static final By CELLS = By.cssSelector("#group-grid vaadin-grid-cell-content");

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
	void componentAdminSeesOnlyItsComponentsGroups() {
		long all = groupCountFor("admin");
		browser.login("admin-fec", "demo");
		browser.open("groups");
		browser.await(CELLS);
		browser.awaitText("groups");
		long fec = count();
		assertThat(fec).isPositive().isLessThan(all);
		List<String> names = browser.texts(CELLS)
			.stream()
			.filter((t) -> t.matches("^[A-Z]{2,3}-[A-Z]{2,4} .*"))
			.toList();
		assertThat(names).isNotEmpty().allMatch((name) -> name.startsWith("FEC-"));
		browser.screenshot("admin-fec-groups");
		browser.logout();
	}

	@Test
	void searchWithSqlOrHtmlIsPlainText() {
		browser.login("cio", "demo");
		browser.open("groups");
		browser.await(CELLS);
		WebElement search = browser.await(By.cssSelector("#filter-name input"));
		search.sendKeys("' OR 1=1 -- <script>", Keys.ENTER);
		browser.awaitText("0 groups");
		assertThat(browser.text(By.tagName("body"))).contains("No groups match these filters.");
		browser.screenshot("cio-groups-search-injection");
		browser.logout();
	}

	private static long groupCountFor(String user) {
		browser.login(user, "demo");
		browser.open("groups");
		browser.await(CELLS);
		browser.awaitText("groups");
		long count = count();
		browser.logout();
		return count;
	}

	private static long count() {
		String text = browser.text(By.id("group-count"));
		return Long.parseLong(text.replaceAll("[^0-9]", ""));
	}

}
