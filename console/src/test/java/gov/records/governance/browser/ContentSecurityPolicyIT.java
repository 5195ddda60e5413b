package gov.records.governance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.launch.ConsoleLauncher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The packaged console (production mode) works under its Content-Security-Policy in
 * headless Chromium: every main view and the change dialog load, and the browser logs no
 * policy violation (issue 12 item 13, DD044). Started on its own port
 * ({@code -Dgovernance.csp.port}, 19310 by default) so the policy it checks is the one of
 * the jar under test.
 */
class ContentSecurityPolicyIT {

	private static ConsoleLauncher console;

	private static Browser browser;

	@BeforeAll
	static void start() throws Exception {
		Path jar = Path.of(System.getProperty("governance.console.jar", "target/governance-console.jar"));
		Path data = Files.createTempDirectory("governance-csp");
		console = ConsoleLauncher.start(Integer.getInteger("governance.csp.port", 19310), List.of(), jar,
				List.of("--governance.data-dir=" + data), Path.of("target", "console-csp-it.log"),
				Duration.ofMinutes(3));
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
	}

	@Test
	void theConsoleLoadsWithoutAPolicyViolation() throws Exception {
		List<String> log = new ArrayList<>();
		// a page the policy broke times out: the violations it logged are the first thing
		// to report
		RuntimeException broken = null;
		try {
			walkThroughTheConsole(log);
		}
		catch (RuntimeException ex) {
			broken = ex;
		}
		log.addAll(browser.browserLog());
		assertThat(log).noneMatch((line) -> line.contains("Content Security Policy") || line.contains("CSP"));
		if (broken != null) {
			throw broken;
		}
		// and the policy checked is the one the console sends
		HttpResponse<Void> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(console.url("login"))).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(login.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("default-src 'self'");
	}

	private static void walkThroughTheConsole(List<String> log) {
		browser.login("admin", "demo");
		log.addAll(browser.browserLog());
		for (String view : new String[] { "", "groups", "platforms", "findings", "schedules", "holds" }) {
			browser.open(view);
			browser.await(By.cssSelector("vaadin-app-layout"));
			log.addAll(browser.browserLog());
		}
		browser.open("groups/1");
		browser.click(By.id("change-settings"));
		browser.await(By.id("platform-capabilities"));
		log.addAll(browser.browserLog());
	}

}
