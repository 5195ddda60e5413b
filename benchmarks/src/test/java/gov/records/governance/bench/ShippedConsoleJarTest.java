package gov.records.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The executable console jar (built earlier in the same reactor, the one
 * {@code ./govern run}, the Dockerfile and the browser tests start) holds no class of the
 * benchmark package and does not nest this module (DD068).
 */
class ShippedConsoleJarTest {

	@Test
	void theConsoleJarHoldsNoBenchmarkClass() throws IOException {
		Path jar = Path.of(System.getProperty("governance.console.jar", "../console/target/governance-console.jar"));
		assertThat(jar).as("the packaged console (build with -am)").isRegularFile();
		try (JarFile file = new JarFile(jar.toFile())) {
			List<String> names = file.stream().map(ZipEntry::getName).toList();
			assertThat(names).as("the console itself is in the jar")
				.contains("BOOT-INF/classes/gov/records/governance/ConsoleApplication.class");
			assertThat(names).filteredOn((name) -> name.contains("gov/records/governance/bench/"))
				.as("benchmark classes in the shipped jar")
				.isEmpty();
			assertThat(names).filteredOn((name) -> name.startsWith("BOOT-INF/lib/benchmarks"))
				.as("the benchmarks module nested in the shipped jar")
				.isEmpty();
		}
		assertThat(Files.size(jar)).isPositive();
	}

}
