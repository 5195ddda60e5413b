package gov.records.governance.browser;

import gov.records.governance.launch.ConsoleLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the helpers the console tests need.
 * Never downloads a browser: the binary and driver paths are fixed (overridable with
 * {@code -Dgovernance.chromium} and {@code -Dgovernance.chromedriver}).
 */
final class Browser implements AutoCloseable {

	private final ChromeDriver driver;

	private final ConsoleLauncher console;

	private final Path profile;

	Browser(ConsoleLauncher console) {
		this.console = console;
		try {
			this.profile = Files.createTempDirectory("chromium-profile");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("governance.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--window-size=1400,900", "--user-data-dir=" + this.profile);
		// the browser's console (CSP violations among the rest) for browserLog()
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(
					Path.of(System.getProperty("governance.chromedriver", "/usr/bin/chromedriver")).toFile())
			// -Dgovernance.chromedriver.port=N on a shared machine; any free port
			// otherwise
			.usingPort(Integer.getInteger("governance.chromedriver.port", 0))
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	/**
	 * What the browser's console logged since the last call: errors, warnings, CSP
	 * violations.
	 */
	List<String> browserLog() {
		return this.driver.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.BROWSER)
			.getAll()
			.stream()
			.map((e) -> e.getLevel() + " " + e.getMessage())
			.toList();
	}

	void open(String path) {
		this.driver.get(this.console.url(path));
	}

	/** Opens an address outside the console (Keycloak's pages). */
	void openUrl(String url) {
		this.driver.get(url);
	}

	/**
	 * Signs in through the login form and waits for the answer: the console's layout
	 * (signed in) or the form's error (refused). Without the wait, a test that opens a
	 * page next could cut the login short on a busy machine and find itself on the login
	 * page again.
	 */
	void login(String username, String password) {
		open("login");
		WebElement user = await(By.cssSelector("input[name='username']"));
		user.sendKeys(username);
		WebElement pass = this.driver.findElement(By.cssSelector("input[name='password']"));
		pass.sendKeys(password, Keys.ENTER);
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> !d.findElements(By.id("sign-out")).isEmpty()
				|| !d.findElements(By.cssSelector("vaadin-login-form[error]")).isEmpty());
	}

	void logout() {
		await(By.id("sign-out")).click();
		await(By.cssSelector("input[name='username']"));
	}

	/** Waits for the element and returns it. */
	WebElement await(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> {
			List<WebElement> found = d.findElements(by);
			return found.isEmpty() ? null : found.getFirst();
		});
	}

	/**
	 * Waits for the element, scrolls it into view and clicks it; finds it again if the
	 * page re-rendered it meanwhile (a grid refreshing its cells).
	 */
	void click(By by) {
		for (int attempt = 1;; attempt++) {
			try {
				WebElement element = await(by);
				((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
						element);
				element.click();
				return;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Waits for an input and types into it; finds it again if the page was replaced
	 * meanwhile (a redirect landing after the element was found).
	 */
	void type(By by, String text) {
		for (int attempt = 1;; attempt++) {
			try {
				await(by).sendKeys(text);
				return;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	/** Waits until the page's text contains one of the given texts. */
	void awaitAnyText(String... texts) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			// the page may navigate while its text is read
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> {
				String body = text(By.tagName("body"));
				return Arrays.stream(texts).anyMatch(body::contains);
			});
	}

	/** Waits until the page's text contains the given text. */
	void awaitText(String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> text(By.tagName("body")).contains(text));
	}

	/**
	 * All text under the body, shadow roots included (hidden parts too: pair it with a
	 * state check).
	 */
	String deepText() {
		return (String) ((JavascriptExecutor) this.driver).executeScript("""
				const walk = (node) => {
				  let text = node.shadowRoot ? walk(node.shadowRoot) : '';
				  for (const child of node.childNodes) {
				    text += (child.nodeType === 3) ? child.textContent : walk(child);
				  }
				  return text;
				};
				return walk(document.body);""");
	}

	String text(By by) {
		return fresh(() -> (String) ((JavascriptExecutor) this.driver)
			.executeScript("return arguments[0].innerText || arguments[0].textContent", this.driver.findElement(by)));
	}

	List<String> texts(By by) {
		return fresh(() -> this.driver.findElements(by)
			.stream()
			.map((e) -> (String) ((JavascriptExecutor) this.driver).executeScript("return arguments[0].textContent", e))
			.map(String::strip)
			.toList());
	}

	/**
	 * Reads the page again when Vaadin replaced an element between finding and reading it
	 * (a dialog closing, a grid refreshing).
	 */
	private static <T> T fresh(java.util.function.Supplier<T> read) {
		for (int attempt = 1;; attempt++) {
			try {
				return read.get();
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	/** Saves a PNG of the window under target/screenshots, for people to look at. */
	void screenshot(String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			Path png = this.driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The driver itself, for axe-core's Selenium integration. */
	ChromeDriver driver() {
		return this.driver;
	}

	/** Sets the window's size (1440 x 900 for the screenshots, 390 wide for a phone). */
	void size(int width, int height) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	/** Saves a PNG of the window at the given path (the README's screenshots). */
	void screenshotTo(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path png = this.driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The id of the element that has the keyboard focus (the light-DOM host). */
	String focusedId() {
		Object id = ((JavascriptExecutor) this.driver)
			.executeScript("const a = document.activeElement; return a ? (a.id || a.tagName) : ''");
		return String.valueOf(id);
	}

	/**
	 * Presses Tab, only Tab, until the element with the id has the focus; returns how
	 * many presses it took, or fails after {@code max}.
	 */
	int tabTo(String id, int max) {
		for (int presses = 1; presses <= max; presses++) {
			new org.openqa.selenium.interactions.Actions(this.driver).sendKeys(Keys.TAB).perform();
			if (id.equals(focusedId())) {
				return presses;
			}
		}
		throw new AssertionError("Tab did not reach #" + id + " in " + max + " presses (last: " + focusedId() + ")");
	}

	/**
	 * Presses Tab, only Tab, until the focus is on the element with the id or inside it
	 * (a Vaadin field focuses its slotted native input, a checkbox its input); returns
	 * how many presses it took, or fails after {@code max}.
	 */
	int tabInto(String id, int max) {
		for (int presses = 1; presses <= max; presses++) {
			new org.openqa.selenium.interactions.Actions(this.driver).sendKeys(Keys.TAB).perform();
			Object inside = ((JavascriptExecutor) this.driver).executeScript(
					"const a = document.activeElement; return !!(a && a.closest && a.closest('#' + arguments[0]));",
					id);
			if (Boolean.TRUE.equals(inside)) {
				return presses;
			}
		}
		throw new AssertionError("Tab did not reach into #" + id + " in " + max + " presses (last: " + focused() + ")");
	}

	/** Waits until the element with the id no longer carries the attribute. */
	void awaitWithout(String id, String attribute) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> !hasAttribute(id, attribute));
	}

	/** Whether the element with the id carries the attribute (a checked checkbox). */
	boolean hasAttribute(String id, String attribute) {
		return Boolean.TRUE.equals(((JavascriptExecutor) this.driver).executeScript(
				"const e = document.getElementById(arguments[0]); return !!(e && e.hasAttribute(arguments[1]));", id,
				attribute));
	}

	/** Presses a key on whatever has the focus, as a keyboard-only user does. */
	void press(CharSequence key) {
		new org.openqa.selenium.interactions.Actions(this.driver).sendKeys(key).perform();
	}

	/** The session cookie, for downloading a link's target over HTTP as this browser. */
	String sessionCookie() {
		return this.driver.manage()
			.getCookies()
			.stream()
			.map((c) -> c.getName() + "=" + c.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
	}

	String currentPath() {
		return this.driver.getCurrentUrl();
	}

	/** Sets the window's size (the screenshots at 1440 x 900 and 390 px wide). */
	void resize(int width, int height) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	/**
	 * The focused element, looking into shadow roots: its tag, id and classes, as
	 * "tag#id.class1.class2".
	 */
	String focused() {
		return (String) ((JavascriptExecutor) this.driver).executeScript("""
				let e = document.activeElement;
				while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
				if (!e) { return ''; }
				const inBody = e.closest && e.closest('tbody#items') ? '[body]' : '';
				return e.localName + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('') + inBody;
				""");
	}

	void back() {
		this.driver.navigate().back();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
