package gov.records.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.launch.ConsoleLauncher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * Logs in as each demo user in a real browser and checks what that role sees: exactly the
 * menu its role allows, an access-denied page with no data for a view it may not open,
 * and the not-found view for a group that does not exist. Also the wrong-password
 * message.
 */
class RoleAccessIT {

	private static final By MENU_ITEMS = By.cssSelector("#main-menu vaadin-side-nav-item");

	private static ConsoleLauncher console;

	private static Browser browser;

	@BeforeAll
	static void start() {
		console = ConsoleProcess.shared();
		browser = new Browser(console);
	}

	@AfterAll
	static void stop() {
		browser.close();
	}

	static Stream<Arguments> roles() {
		return Stream.of(
				Arguments.of("cio",
						List.of("Dashboard", "Organizations", "Platforms", "Groups", "Schedules", "Capstone", "Holds",
								"Approvals", "Findings", "Audit log", "Reports", "Disposition reports"),
						"findings", null),
				Arguments.of("admin",
						List.of("Dashboard", "Organizations", "Platforms", "Groups", "Schedules", "Capstone", "Holds",
								"Findings"),
						"holds", "audit"),
				Arguments.of("admin-fec",
						List.of("Dashboard", "Organizations", "Platforms", "Groups", "Schedules", "Capstone", "Holds",
								"Findings"),
						"holds", "approvals"),
				Arguments.of("records",
						List.of("Dashboard", "Organizations", "Groups", "Schedules", "Capstone", "Holds", "Approvals",
								"Findings", "Audit log", "Disposition reports"),
						"approvals", "platforms"),
				Arguments.of(
						"inspector", List.of("Dashboard", "Organizations", "Groups", "Schedules", "Capstone", "Holds",
								"Approvals", "Findings", "Audit log", "Reports", "Disposition reports"),
						"audit", "platforms"));
	}

	@ParameterizedTest(name = "{0} sees exactly its views")
	@MethodSource("roles")
	void eachRoleSeesExactlyTheViewsItMayOpen(String user, List<String> menu, String allowed, String forbidden) {
		browser.login(user, "demo");
		browser.await(MENU_ITEMS);
		assertThat(browser.texts(MENU_ITEMS)).containsExactlyElementsOf(menu);
		browser.screenshot(user + "-dashboard");
		browser.open(allowed);
		browser.await(By.tagName("vaadin-app-layout"));
		assertThat(browser.text(By.tagName("body"))).doesNotContain("Access denied");
		browser.screenshot(user + "-" + allowed);
		if (forbidden != null) {
			browser.open(forbidden);
			browser.awaitText("Access denied");
			assertThat(browser.text(By.tagName("body"))).contains("Your role does not allow you to open this page");
			browser.screenshot(user + "-denied-" + forbidden);
		}
		browser.logout();
	}

	@Test
	void unknownGroupShowsTheNotFoundView() {
		browser.login("cio", "demo");
		browser.await(MENU_ITEMS);
		browser.open("groups/1");
		browser.await(By.id("records-requirement"));
		browser.screenshot("cio-group-details");
		browser.open("groups/99999999");
		browser.awaitText("Not found");
		browser.open("groups/not-a-number");
		browser.awaitText("Not found");
		browser.logout();
	}

	@Test
	void wrongPasswordSaysSoAndStaysOnTheLoginPage() {
		browser.login("cio", "wrong-password");
		browser.await(By.cssSelector("vaadin-login-form[error]"));
		assertThat(browser.deepText()).contains("Incorrect username or password");
		assertThat(browser.currentPath()).contains("/login?error");
		browser.screenshot("login-error");
	}

}
