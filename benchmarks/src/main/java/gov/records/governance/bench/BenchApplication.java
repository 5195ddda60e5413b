package gov.records.governance.bench;

import gov.records.governance.ConsoleApplication;
import org.springframework.boot.SpringApplication;

/**
 * Starts the console with this module's benchmarks on its class path and the
 * {@code bench} profile on, which runs them ({@link BenchmarkRunner}) and exits. The
 * console's own component scan finds this package; the shipped console jar holds none of
 * it (DD068).
 */
public final class BenchApplication {

	private BenchApplication() {
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ConsoleApplication.class);
		application.setAdditionalProfiles("bench");
		application.run(args);
	}

}
