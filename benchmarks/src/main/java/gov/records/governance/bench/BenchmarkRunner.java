package gov.records.governance.bench;

import gov.records.governance.demo.DemoDataLoaded;
import gov.records.governance.demo.DemoDataProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the {@code bench} profile: after the demo data is generated into a fresh database,
 * runs every {@link Benchmark}, prints the figures, writes them into their region of
 * {@code docs/benchmarks.md} (the rest of the file kept) and exits.
 */
@Component
@Profile("bench")
@Order(100)
class BenchmarkRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenchmarkRunner.class);

	private final List<Benchmark> benchmarks;

	private final DemoDataProperties demo;

	private final DataSource dataSource;

	private final ConfigurableApplicationContext context;

	private final Path output;

	private final String only;

	private final Path consoleJar;

	private final String store;

	private Duration demoLoad = Duration.ZERO;

	BenchmarkRunner(List<Benchmark> benchmarks, DemoDataProperties demo, DataSource dataSource,
			ConfigurableApplicationContext context, @Value("${governance.bench.output}") Path output,
			@Value("${governance.bench.only:}") String only,
			@Value("${governance.bench.console-jar:console/target/governance-console.jar}") Path consoleJar,
			@Value("${governance.bench.db:h2}") String store) {
		this.store = store;
		this.benchmarks = benchmarks;
		this.consoleJar = consoleJar;
		this.only = only;
		this.demo = demo;
		this.dataSource = dataSource;
		this.context = context;
		this.output = output;
	}

	@EventListener
	void demoLoaded(DemoDataLoaded event) {
		this.demoLoad = event.took();
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		Path jar = this.consoleJar.toAbsolutePath();
		Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "governance-bench"));
		BenchContext bench = new BenchContext(this.demo.size(), this.store, this.demoLoad, jar, work);
		String database = database();
		if (!database.toLowerCase(java.util.Locale.ROOT).startsWith(this.store.equals("h2") ? "h2" : "postgresql")) {
			throw new IllegalStateException(
					"--db " + this.store + " but the data source is " + database + ": check SPRING_DATASOURCE_URL");
		}
		List<BenchResult> results = new ArrayList<>();
		double loadSeconds = this.demoLoad.toMillis() / 1000.0;
		results.add(generation(bench, loadSeconds));
		for (Benchmark benchmark : this.benchmarks) {
			if (!this.only.isBlank() && !selected(benchmark.getClass().getSimpleName(), this.only)) {
				continue;
			}
			log.info("Running {}", benchmark.getClass().getSimpleName());
			for (BenchResult result : benchmark.run(bench)) {
				log.info("{} / {}: {} {} (baseline {})", result.area(), result.name(), result.value(), result.unit(),
						result.baseline());
				results.add(result);
			}
		}
		String markdown = BenchmarkReport.markdown(bench, results, database);
		System.out.println(markdown);
		if (this.only.isBlank()) {
			BenchmarkReport.write(this.output, BenchmarkReport.fullRegion(bench), markdown);
			log.info("Wrote the full run's table into {}", this.output.toAbsolutePath());
		}
		else {
			BenchmarkReport.write(this.output, BenchmarkReport.onlyRegion(this.only, bench),
					BenchmarkReport.onlySection(this.only, bench, results, database));
			log.info("Wrote the figures of --only {} into their own section of {}", this.only,
					this.output.toAbsolutePath());
		}
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

	/**
	 * Whether {@code --only} picks the benchmark: a class name or its start, or several
	 * separated by commas ({@code --only GroupsGrid,Compliance}), so that one generated
	 * data set serves them all.
	 */
	static boolean selected(String benchmark, String only) {
		for (String name : only.split(",")) {
			if (!name.isBlank() && benchmark.startsWith(name.strip())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Generating the data set: batch inserts on H2, {@code COPY} on PostgreSQL (DD069);
	 * xlarge has the 5 minutes, the others a couple.
	 */
	static BenchResult generation(BenchContext bench, double seconds) {
		boolean xlarge = bench.size() == gov.records.governance.demo.DemoSize.XLARGE;
		double limit = xlarge ? 300 : 120;
		String method = bench.store().equals("postgres") ? "COPY" : "batch inserts";
		return new BenchResult("Demo data",
				"Generation of the " + bench.size().name().toLowerCase(java.util.Locale.ROOT) + " data set (" + method
						+ ", one transaction)",
				seconds, "s", null, null, xlarge ? "< 5 min" : "a couple of minutes at most",
				seconds > 0 && seconds < limit);
	}

	private String database() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName() + " "
					+ connection.getMetaData().getDatabaseProductVersion();
		}
	}

}
