package gov.records.governance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Writes the figures of one run as {@code docs/benchmarks.md}. */
final class BenchmarkReport {

	private BenchmarkReport() {
	}

	static String markdown(BenchContext context, List<BenchResult> results, String database) {
		StringBuilder md = new StringBuilder();
		md.append("# Benchmarks\n\n");
		md.append("Written by `./govern bench --size ")
			.append(context.size().name().toLowerCase(Locale.ROOT))
			.append("` (do not edit by hand; rerun it). Each figure sits beside a raw baseline measured in the ")
			.append("same run where one exists, because machines here are noisy.\n\n");
		md.append("- Run: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
		md.append("- Machine: ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, max heap ")
			.append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
			.append(" MB, Java ")
			.append(System.getProperty("java.version"))
			.append('\n');
		md.append("- Database: ").append(database).append('\n');
		md.append("- Data set: ").append(context.size().name().toLowerCase(Locale.ROOT)).append(" (");
		md.append(context.size().groups())
			.append(" groups, ")
			.append(context.size().accounts())
			.append(" accounts)\n\n");
		md.append("| Area | Figure | Value | Raw baseline | Ratio | Goal | Met |\n");
		md.append("|---|---|---|---|---|---|---|\n");
		for (BenchResult r : results) {
			md.append("| ").append(r.area()).append(" | ").append(r.name()).append(" | ");
			md.append(format(r.value())).append(' ').append(r.unit()).append(" | ");
			md.append((r.baseline() != null) ? format(r.baseline()) + " (" + r.baselineName() + ")" : "—")
				.append(" | ");
			md.append((r.ratio() != null) ? String.format(Locale.ROOT, "%.2fx", r.ratio()) : "—").append(" | ");
			md.append(r.goal()).append(" | ").append(r.met() ? "yes" : "**no**").append(" |\n");
		}
		return md.toString();
	}

	static void write(Path file, String markdown) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, markdown, StandardCharsets.UTF_8);
	}

	private static String format(double value) {
		return (value >= 100) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
	}

}
