package gov.records.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import gov.records.governance.demo.DemoSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness rewrites only its own regions of docs/benchmarks.md: the hand-written
 * sections (past-date evidence, the crash suite, two audit instances, the load test) stay
 * byte for byte.
 */
class BenchmarkReportTest {

	private static final String HAND_WRITTEN = """
			## Evidence as of a past date (issue 19)

			| Figure | Value |
			|---|---|
			| Evidence as of now | 1,759 ms |

			## Crash suite (CrashIT, issue 12; not rewritten by `./govern bench`)

			Lost, applied twice and inconsistent must be 0 and were.
			""";

	private static final String LEGACY = """
			# Benchmarks

			Written by `./govern bench --size large` (do not edit by hand; rerun it).

			| Area | Figure | Value |
			|---|---|---|
			| Old | old figure | 1 s |

			""" + HAND_WRITTEN;

	@TempDir
	Path dir;

	@Test
	void aFullRunReplacesTheTopOfAFileWithoutMarkersAndKeepsTheSectionsAfterIt() throws Exception {
		Path file = write(LEGACY);
		BenchmarkReport.write(file, BenchmarkReport.FULL_RUN, markdown(List.of(result("New", 2))));
		String after = read(file);
		assertThat(after).startsWith(BenchmarkReport.begin("all") + "\n# Benchmarks");
		assertThat(after).contains("| New | figure 2 |").doesNotContain("old figure");
		assertThat(after).endsWith(BenchmarkReport.end("all") + "\n\n" + HAND_WRITTEN);
	}

	@Test
	void aSecondFullRunReplacesOnlyTheMarkedRegion() throws Exception {
		Path file = write(LEGACY);
		BenchmarkReport.write(file, BenchmarkReport.FULL_RUN, markdown(List.of(result("First", 1))));
		Files.writeString(file, read(file) + "\n## Load test (written by hand)\n\nTyped by a person.\n");
		String before = read(file);
		BenchmarkReport.write(file, BenchmarkReport.FULL_RUN, markdown(List.of(result("Second", 2))));
		String after = read(file);
		assertThat(after).contains("| Second | figure 2 |").doesNotContain("| First |");
		String tail = before.substring(before.indexOf(BenchmarkReport.end("all")));
		assertThat(after).endsWith(tail);
		assertThat(after).contains("Typed by a person.").contains(HAND_WRITTEN);
	}

	@Test
	void anOnlyRunWritesItsOwnSectionAndLeavesTheFullTableAlone() throws Exception {
		Path file = write(LEGACY);
		BenchmarkReport.write(file, BenchmarkReport.FULL_RUN, markdown(List.of(result("Full", 1))));
		String full = read(file);
		String region = BenchmarkReport.onlyRegion("ApiAuth");
		BenchmarkReport.write(file, region,
				BenchmarkReport.onlySection("ApiAuth", context(), List.of(result("API", 107)), "H2 2.5"));
		String once = read(file);
		assertThat(once).startsWith(full);
		assertThat(once).contains("--only ApiAuth").contains("| API | figure 107 |");
		BenchmarkReport.write(file, region,
				BenchmarkReport.onlySection("ApiAuth", context(), List.of(result("API", 200)), "H2 2.5"));
		String twice = read(file);
		assertThat(twice).startsWith(full).contains("| API | figure 200 |").doesNotContain("figure 107");
		assertThat(twice.split(BenchmarkReport.begin(region), -1)).hasSize(2);
	}

	@Test
	void aBeginWithoutAnEndIsRefusedAndTheFileKept() throws Exception {
		String broken = BenchmarkReport.begin("all") + "\n# Benchmarks\n\n" + HAND_WRITTEN;
		Path file = write(broken);
		assertThatIllegalStateException()
			.isThrownBy(() -> BenchmarkReport.write(file, BenchmarkReport.FULL_RUN, markdown(List.of())));
		assertThat(read(file)).isEqualTo(broken);
	}

	@Test
	void aMissingFileIsCreated() throws Exception {
		Path file = this.dir.resolve("docs/benchmarks.md");
		BenchmarkReport.write(file, BenchmarkReport.FULL_RUN, markdown(List.of(result("A", 1))));
		assertThat(read(file)).startsWith(BenchmarkReport.begin("all")).endsWith(BenchmarkReport.end("all") + "\n");
	}

	@Test
	void eachStoreAndSizeKeepsATableOfItsOwn() throws Exception {
		Path file = this.dir.resolve("docs/benchmarks.md");
		BenchmarkReport.write(file, BenchmarkReport.fullRegion(context()), markdown(List.of(result("H2 large", 1))));
		BenchContext postgres = context(DemoSize.LARGE, "postgres");
		assertThat(BenchmarkReport.fullRegion(postgres)).isEqualTo("full-postgres-large");
		BenchmarkReport.write(file, BenchmarkReport.fullRegion(postgres),
				BenchmarkReport.markdown(postgres, List.of(result("PG large", 2)), "PostgreSQL 17"));
		BenchmarkReport.write(file, BenchmarkReport.fullRegion(postgres),
				BenchmarkReport.markdown(postgres, List.of(result("PG large again", 3)), "PostgreSQL 17"));
		String text = read(file);
		assertThat(text).startsWith(BenchmarkReport.begin("all") + "\n# Benchmarks")
			.contains("H2 large", "PG large again", "`./govern bench --size large --db postgres`")
			.doesNotContain("PG large |");
		assertThat(text.indexOf(BenchmarkReport.begin("full-postgres-large")))
			.isGreaterThan(text.indexOf(BenchmarkReport.end("all")));
		assertThat(BenchmarkReport.onlyRegion("GroupsGrid", postgres)).isEqualTo("only-GroupsGrid-postgres-large");
		assertThat(BenchmarkReport.onlyRegion("GroupsGrid", context())).isEqualTo("only-GroupsGrid");
	}

	@Test
	void onlyTakesSeveralNamesSeparatedByCommas() {
		assertThat(BenchmarkRunner.selected("GroupsGridBenchmark", "GroupsGrid,Compliance")).isTrue();
		assertThat(BenchmarkRunner.selected("ComplianceBenchmark", "GroupsGrid, Compliance")).isTrue();
		assertThat(BenchmarkRunner.selected("SyncBenchmark", "GroupsGrid,Compliance")).isFalse();
		assertThat(BenchmarkRunner.selected("SyncBenchmark", "Sync")).isTrue();
		assertThat(BenchmarkReport.onlyRegion("GroupsGrid,Compliance")).isEqualTo("only-GroupsGrid_Compliance");
	}

	@Test
	void anUnknownStoreIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> context(DemoSize.LARGE, "mysql"))
			.withMessageContaining("use h2 or postgres");
	}

	private Path write(String text) throws Exception {
		Path file = this.dir.resolve("benchmarks.md");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static String read(Path file) throws Exception {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private static String markdown(List<BenchResult> results) {
		return BenchmarkReport.markdown(context(), results, "H2 2.5");
	}

	private static BenchContext context() {
		return context(DemoSize.LARGE, "h2");
	}

	private static BenchContext context(DemoSize size, String store) {
		return new BenchContext(size, store, Duration.ofSeconds(20), Path.of("console.jar"), Path.of("work"));
	}

	private static BenchResult result(String area, double value) {
		return new BenchResult(area, "figure " + (int) value, value, "s", null, null, "goal", true);
	}

}
