package gov.records.governance.launch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the packaged console as its own process on a free port, the way the README runs
 * it, and waits until its login page answers. Used by the start-up benchmark and by the
 * browser tests.
 */
public final class ConsoleLauncher {

	private final Process process;

	private final int port;

	private final Duration startup;

	private ConsoleLauncher(Process process, int port, Duration startup) {
		this.process = process;
		this.port = port;
		this.startup = startup;
	}

	/**
	 * Starts {@code java -jar jar --server.port=<free> args...} with the output in
	 * {@code log}, and returns once {@code /login} answers 200.
	 */
	public static ConsoleLauncher start(Path jar, List<String> args, Path log, Duration timeout) throws IOException {
		return start(List.of(), jar, args, log, timeout);
	}

	/**
	 * As {@link #start(Path, List, Path, Duration)}, with JVM options before
	 * {@code -jar}.
	 */
	public static ConsoleLauncher start(List<String> jvmOptions, Path jar, List<String> args, Path log,
			Duration timeout) throws IOException {
		return start(freePort(), jvmOptions, jar, args, log, timeout);
	}

	/**
	 * As {@link #start(List, Path, List, Path, Duration)}, on a port the caller chose
	 * (one it had to tell another server first, such as Keycloak's redirect address).
	 */
	public static ConsoleLauncher start(int port, List<String> jvmOptions, Path jar, List<String> args, Path log,
			Duration timeout) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
		command.addAll(args);
		long begin = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		awaitLogin(process, port, timeout, log);
		return new ConsoleLauncher(process, port, Duration.ofNanos(System.nanoTime() - begin));
	}

	public String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

	/** From launching the JVM to the first successful answer of the login page. */
	public Duration startup() {
		return this.startup;
	}

	/** Stops the console and returns its start-up time. */
	public Duration stopped() {
		stop();
		return this.startup;
	}

	/**
	 * Kills the console with SIGKILL (no shutdown hooks, nothing flushed) and waits for
	 * it: the crash suite's kill.
	 */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Whether the console's process still runs. */
	public boolean alive() {
		return this.process.isAlive();
	}

	/**
	 * Waits for the console to end by itself (the crash suite's kill hook halts it).
	 * @return whether it ended within {@code timeout}
	 */
	public boolean awaitExit(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public void stop() {
		this.process.destroy();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void awaitLogin(Process process, int port, Duration timeout, Path log) throws IOException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("The console exited during start-up; see " + log.toAbsolutePath());
			}
			try {
				if (client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			pause();
		}
		process.destroy();
		throw new IOException("The console did not answer within " + timeout + "; see " + log.toAbsolutePath());
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
