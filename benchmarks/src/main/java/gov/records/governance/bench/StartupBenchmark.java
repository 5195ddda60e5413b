package gov.records.governance.bench;

import gov.records.governance.launch.ConsoleLauncher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Console start-up on H2, on a database that already holds the small demo set (the
 * everyday case), timed from launching the JVM to the login page answering: once the way
 * {@code ./govern run} starts it (extracted jar with the trained JDK class cache, see
 * DD003), and once as a plain {@code java -jar} for comparison.
 */
@Component
@Profile("bench")
class StartupBenchmark implements Benchmark {

	private static final int RUNS = 3;

	private final String runJar;

	private final List<String> runOptions;

	StartupBenchmark(@Value("${governance.bench.run-jar:}") String runJar,
			@Value("${governance.bench.run-jvm-options:}") String runOptions) {
		this.runJar = runJar;
		this.runOptions = Arrays.stream(runOptions.trim().split("\\s+")).filter((o) -> !o.isEmpty()).toList();
	}

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		Path data = Files.createTempDirectory(context.workDir(), "startup");
		Path log = context.workDir().resolve("startup.log");
		List<String> args = List.of("--governance.data-dir=" + data, "--governance.demo.size=small");
		Path jar = this.runJar.isEmpty() ? context.jar() : Path.of(this.runJar);
		Duration first = ConsoleLauncher.start(this.runOptions, jar, args, log, Duration.ofMinutes(3)).stopped();
		double readme = median(this.runOptions, jar, args, log);
		double plain = median(List.of(), context.jar(), args, log);
		return List.of(
				new BenchResult("Start-up", "Console start-up on H2 as `./govern run` starts it (existing database)",
						readme, "s (median of " + RUNS + ")", plain, "plain java -jar, same database",
						"< 10 s (a bare Vaadin + Spring Boot app: about 7 s here)", readme < 10),
				new BenchResult("Start-up", "First start on an empty database (migrations + small demo data)",
						first.toMillis() / 1000.0, "s", null, null, "informational", true));
	}

	private static double median(List<String> options, Path jar, List<String> args, Path log) throws Exception {
		List<Duration> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			times.add(ConsoleLauncher.start(options, jar, args, log, Duration.ofMinutes(3)).stopped());
		}
		Collections.sort(times);
		return times.get(RUNS / 2).toMillis() / 1000.0;
	}

}
