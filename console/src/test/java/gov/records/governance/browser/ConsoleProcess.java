package gov.records.governance.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged console, started as a real process exactly as the README runs it
 * (production mode, H2 file database, demo data, embedded logins), on a free port with a
 * fresh data folder. One instance serves every browser test of the run and is stopped
 * when the JVM exits.
 */
final class ConsoleProcess {

	private static ConsoleProcess shared;

	private final Process process;

	private final int port;

	private final Duration startup;

	private ConsoleProcess(Process process, int port, Duration startup) {
		this.process = process;
		this.port = port;
		this.startup = startup;
	}

	static synchronized ConsoleProcess shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
		}
		return shared;
	}

	String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

	Duration startup() {
		return this.startup;
	}

	private static ConsoleProcess start() {
		try {
			Path jar = Path.of(System.getProperty("governance.console.jar", "target/governance-console.jar"));
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException("Build the console jar first (mvn package): " + jar.toAbsolutePath());
			}
			Path data = Files.createTempDirectory("governance-it");
			int port = freePort();
			String java = ProcessHandle.current().info().command().orElse("java");
			List<String> command = new ArrayList<>(
					List.of(java, "-jar", jar.toString(), "--server.port=" + port, "--governance.data-dir=" + data));
			Path log = Files.createDirectories(Path.of("target")).resolve("console-it.log");
			long begin = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			ConsoleProcess console = new ConsoleProcess(process, port, Duration.ZERO);
			console.awaitReady(Duration.ofSeconds(120), log);
			return new ConsoleProcess(process, port, Duration.ofNanos(System.nanoTime() - begin));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the console", ex);
		}
	}

	private void awaitReady(Duration timeout, Path log) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The console exited during start-up; see " + log.toAbsolutePath());
			}
			try {
				HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url("login"))).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(250);
		}
		stop();
		throw new IllegalStateException(
				"The console did not start within " + timeout + "; see " + log.toAbsolutePath());
	}

	void stop() {
		this.process.destroy();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
