package gov.records.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.launch.ConsoleLauncher;
import gov.records.governance.security.keycloak.KeycloakServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * The packaged console under the keycloak profile against a real Keycloak (one for this
 * class), in a real browser: each role signs in on Keycloak's own login page and sees
 * exactly its views; signing out ends the Keycloak session too; a user without a role is
 * refused, one without an organization sees only whom to ask; the audit log has each
 * sign-in, sign-out and refusal with the subject; with Keycloak down, sign-in says so and
 * the console stays up.
 */
// On by default (-Dgovernance.keycloak.browser=false skips it). It failed 2 of 8 once: a
// stale element after the no-role refusal (the test now finds inputs and texts again when
// a redirect replaced the page), and browsers sent to a Keycloak that had just stopped
// (the
// console trusted a good probe for 10 s; it now asks at every sign-in,
// KeycloakReachability).
@DisabledIfSystemProperty(named = "governance.keycloak.browser", matches = "false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakSignInIT {

	private static final By MENU_ITEMS = By.cssSelector("#main-menu vaadin-side-nav-item");

	private static final By KEYCLOAK_LOGIN = By.id("kc-login");

	private static KeycloakServer keycloak;

	private static ConsoleLauncher console;

	private static Browser browser;

	@BeforeAll
	static void start() throws Exception {
		Path jar = Path.of(System.getProperty("governance.console.jar", "target/governance-console.jar"));
		Path target = Files.createDirectories(Path.of("target"));
		int port = ConsoleLauncher.freePort();
		keycloak = KeycloakServer.start("http://localhost:" + port, target.resolve("keycloak-sign-in-it.log"));
		Path data = Files.createTempDirectory("keycloak-it");
		console = ConsoleLauncher.start(port, List.of(), jar,
				List.of("--governance.data-dir=" + data, "--spring.profiles.active=keycloak",
						"--governance.keycloak.issuer-uri=" + keycloak.issuer(),
						"--governance.keycloak.client-secret=demo-console-secret-change-me",
						"--governance.simulator.capture-bot=false"),
				target.resolve("console-keycloak-it.log"), Duration.ofMinutes(3));
		browser = new Browser(console);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (console != null) {
			console.stop();
		}
		if (keycloak != null) {
			keycloak.close();
		}
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

	@Order(1)
	@ParameterizedTest(name = "{0} signs in through Keycloak and sees exactly its views")
	@MethodSource("roles")
	void eachRoleSignsInThroughKeycloakAndSeesExactlyItsViews(String user, List<String> menu, String allowed,
			String forbidden) throws Exception {
		signInOnKeycloak(user);
		browser.await(MENU_ITEMS);
		assertThat(browser.texts(MENU_ITEMS)).containsExactlyElementsOf(menu);
		assertThat(browser.text(By.id("current-user"))).startsWith(user + " ·");
		browser.open(allowed);
		browser.await(By.tagName("vaadin-app-layout"));
		assertThat(browser.text(By.tagName("body"))).doesNotContain("Access denied");
		if (forbidden != null) {
			browser.open(forbidden);
			browser.awaitText("Access denied");
		}
		browser.screenshot("keycloak-" + user);
		browser.click(By.id("sign-out"));
		// the Keycloak session ended too: back on its login page, not signed in again
		browser.await(KEYCLOAK_LOGIN);
		assertThat(audit("login.succeeded", user)).contains("\"targetType\":\"subject\"");
		assertThat(audit("logout", user)).contains("\"action\":\"logout\"");
	}

	@Order(2)
	@Test
	void aUserWithoutARoleIsRefusedAndToldWhomToAsk() throws Exception {
		signInOnKeycloak("no-role");
		browser.await(By.id("sign-in-problem"));
		browser.awaitText("Your account has no role in the console");
		assertThat(browser.text(By.tagName("body"))).contains("Your account has no role in the console")
			.contains("identity administrator")
			.doesNotContain("Dashboard");
		assertThat(audit("login.refused", "no-role")).contains("The account has no role in the console");
		browser.screenshot("keycloak-no-role");
		// the console refused the account, Keycloak still has its session: end it there
		browser.openUrl(keycloak.issuer() + "/protocol/openid-connect/logout");
		browser.click(By.id("kc-logout"));
		browser.awaitAnyText("logged out", "Logged out", "logging out");
	}

	@Order(3)
	@Test
	void aUserWithoutAnOrganizationSeesOnlyWhomToAsk() throws Exception {
		signInOnKeycloak("no-scope");
		browser.await(By.id("no-organization"));
		assertThat(browser.text(By.tagName("body"))).contains("not assigned to an organization")
			.contains("identity administrator");
		assertThat(browser.texts(MENU_ITEMS)).isEmpty();
		browser.open("groups");
		browser.await(By.id("no-organization"));
		assertThat(browser.texts(By.cssSelector("vaadin-grid-cell-content"))).isEmpty();
		browser.screenshot("keycloak-no-scope");
		browser.click(By.id("sign-out"));
		browser.await(KEYCLOAK_LOGIN);
	}

	@Order(4)
	@Test
	void withKeycloakDownSignInSaysSoAndTheConsoleStaysUp() throws Exception {
		keycloak.close();
		browser.open("");
		browser.await(By.id("sign-in-problem"));
		browser.awaitText("Sign-in is unavailable");
		browser.screenshot("keycloak-down");
		HttpResponse<String> checkpoint = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(console.url("api/log/checkpoint"))).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(checkpoint.statusCode()).isEqualTo(200);
	}

	@Order(5)
	@Test
	void whenKeycloakIsBackSignInWorksAgain() throws Exception {
		keycloak = KeycloakServer.start(console.url("").replaceAll("/$", ""),
				Path.of("target").resolve("keycloak-sign-in-it-again.log"), keycloak.port());
		signInOnKeycloak("cio");
		browser.await(MENU_ITEMS);
		assertThat(browser.text(By.id("current-user"))).startsWith("cio ·");
		browser.click(By.id("sign-out"));
		browser.await(KEYCLOAK_LOGIN);
	}

	private static void signInOnKeycloak(String user) {
		browser.open("");
		browser.type(By.id("username"), user);
		browser.type(By.id("password"), "demo");
		browser.click(KEYCLOAK_LOGIN);
	}

	/** The audit events of an action by a user, as JSON, through the API (HTTP Basic). */
	private static String audit(String action, String actor) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(console.url("api/audit?action=" + action + "&actor=" + actor)))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("inspector:demo".getBytes()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

}
