package gov.records.governance.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The fast start of {@code ./govern run} (DD003) for the crash suite, whose cost is its
 * restarts: the packaged jar is extracted once per build and a JDK AOT cache trained on
 * it ({@code -XX:AOTCacheOutput}, JDK 25); every start then loads its classes from the
 * cache. Without JDK 25 or when training fails, the plain jar and no options.
 */
record FastStart(Path jar, List<String> options) {

	static FastStart prepare(Path jar, Path logs) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		if (Runtime.version().feature() < 25 || Boolean.getBoolean("governance.crash.no-aot")) {
			return new FastStart(jar, List.of());
		}
		Path dir = jar.toAbsolutePath().resolveSibling("crash-run");
		Path extracted = dir.resolve(jar.getFileName());
		Path cache = dir.resolve("console.aot");
		List<String> options = List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off");
		if (Files.exists(cache) && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) > 0) {
			return new FastStart(extracted, options);
		}
		delete(dir);
		Files.createDirectories(dir);
		if (!run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", dir.toString()),
				logs.resolve("fast-start-extract.log"))) {
			return new FastStart(jar, List.of());
		}
		Path scratch = Files.createTempDirectory("crash-aot");
		run(List.of(java, "-XX:AOTCacheOutput=" + cache, "-Xlog:aot=off", "-Xlog:cds=off",
				"-Dspring.context.exit=onRefresh", "-jar", extracted.toString(), "--server.port=0",
				"--governance.data-dir=" + scratch), logs.resolve("fast-start-training.log"));
		delete(scratch);
		// the training run's exit status is that of a context closed on refresh: the
		// cache is what counts
		return Files.exists(cache) ? new FastStart(extracted, options) : new FastStart(extracted, List.of());
	}

	private static boolean run(List<String> command, Path log) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			return false;
		}
		return process.exitValue() == 0;
	}

	private static void delete(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (var paths = Files.walk(dir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
