package gov.records.governance.browser;

import gov.records.governance.launch.ConsoleLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The packaged console, started as a real process exactly as the README runs it
 * (production mode, H2 file database, demo data, embedded logins), on a free port with a
 * fresh data folder. One instance serves every browser test of the run and is stopped
 * when the JVM exits.
 */
final class ConsoleProcess {

	private static ConsoleLauncher shared;

	private ConsoleProcess() {
	}

	/**
	 * How long the console may take to start: 2 minutes, or
	 * {@code -Dgovernance.it.startup-minutes=N} on a loaded machine.
	 */
	private static Duration startup() {
		Long seconds = Long.getLong("governance.it.startup");
		return (seconds != null) ? Duration.ofSeconds(seconds)
				: Duration.ofMinutes(Long.getLong("governance.it.startup-minutes", 2));
	}

	static synchronized ConsoleLauncher shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
		}
		return shared;
	}

	private static ConsoleLauncher start() {
		try {
			Path jar = Path.of(System.getProperty("governance.console.jar", "target/governance-console.jar"));
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException("Build the console jar first (mvn package): " + jar.toAbsolutePath());
			}
			Path data = Files.createTempDirectory("governance-it");
			Path log = Files.createDirectories(Path.of("target")).resolve("console-it.log");
			// -Dgovernance.it.port=N puts the console on N and its simulator on N+1 (a
			// shared
			// machine where each run keeps to its own ports); otherwise any free ports
			String fixed = System.getProperty("governance.it.port");
			// a loaded machine may need longer than two minutes
			// (-Dgovernance.it.startup=300)
			Duration startup = startup();
			// the journeys compare a dashboard number with the list it opens while other
			// tests change data on the same console: count the figures on every view
			// (DD075)
			String fresh = "--governance.dashboard.figures-max-age=0s";
			if (fixed != null) {
				int port = Integer.parseInt(fixed);
				return ConsoleLauncher.start(port, List.of(), jar,
						List.of("--governance.data-dir=" + data, "--governance.simulator.port=" + (port + 1), fresh),
						log, startup);
			}
			return ConsoleLauncher.start(jar, List.of("--governance.data-dir=" + data, fresh), log, startup);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the console", ex);
		}
	}

}
