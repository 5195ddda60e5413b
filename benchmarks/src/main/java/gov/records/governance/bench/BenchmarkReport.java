package gov.records.governance.bench;

import gov.records.governance.demo.DemoSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Writes the figures of one run into {@code docs/benchmarks.md}. The file mixes what the
 * harness generates with sections written by hand; the harness replaces only its own
 * regions, each between {@code <!-- bench:begin NAME -->} and
 * {@code <!-- bench:end NAME -->}, and keeps every other line verbatim.
 */
final class BenchmarkReport {

	/**
	 * The region of a full run: the title, the run's facts and the table of every figure.
	 */
	static final String FULL_RUN = "all";

	private BenchmarkReport() {
	}

	/** The region a run with {@code --only name} writes. */
	static String onlyRegion(String only) {
		return "only-" + only.strip().replaceAll("[^A-Za-z0-9_.-]", "_");
	}

	/**
	 * The region a run with {@code --only name} writes on that store: on H2 the same as
	 * before stores were chosen, on PostgreSQL one per size as well.
	 */
	static String onlyRegion(String only, BenchContext context) {
		return context.store().equals("h2") ? onlyRegion(only) : onlyRegion(only) + "-" + suffix(context);
	}

	/**
	 * The region of a full run: one table per store and size ({@code all} for H2 at
	 * {@code large}, the table this file always had at its top).
	 */
	static String fullRegion(BenchContext context) {
		return isMainTable(context) ? FULL_RUN : "full-" + suffix(context);
	}

	private static boolean isMainTable(BenchContext context) {
		return context.store().equals("h2") && context.size() == DemoSize.LARGE;
	}

	private static String suffix(BenchContext context) {
		return context.store() + "-" + size(context);
	}

	private static String size(BenchContext context) {
		return context.size().name().toLowerCase(Locale.ROOT);
	}

	/** The command that writes these figures, as the user types it. */
	static String command(BenchContext context) {
		return "./govern bench --size " + size(context)
				+ (context.store().equals("h2") ? "" : " --db " + context.store());
	}

	static String begin(String region) {
		return "<!-- bench:begin " + region + " -->";
	}

	static String end(String region) {
		return "<!-- bench:end " + region + " -->";
	}

	static String markdown(BenchContext context, List<BenchResult> results, String database) {
		StringBuilder md = new StringBuilder();
		if (isMainTable(context)) {
			md.append("# Benchmarks\n\n");
			md.append("Written by `")
				.append(command(context))
				.append("` (this part between the `bench:` markers is rewritten by every full run; the sections after it ")
				.append("are kept as they are). Each figure sits beside a raw baseline measured in the ")
				.append("same run where one exists, because machines here are noisy.\n\n");
		}
		else {
			md.append("## Full run on ")
				.append(context.store().equals("h2") ? "H2" : "PostgreSQL")
				.append(", ")
				.append(size(context))
				.append(" data set (`")
				.append(command(context))
				.append("`, written by the harness; rerun it)\n\n");
			md.append("Each figure sits beside a raw baseline measured in the same run on the same store.\n\n");
		}
		md.append("- Run: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
		md.append("- Machine: ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, max heap ")
			.append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
			.append(" MB, Java ")
			.append(System.getProperty("java.version"))
			.append(loadAverage())
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

	/**
	 * The figures of a run with {@code --only}: a section of their own, so that the table
	 * of the last full run stays as it was.
	 */
	/**
	 * The machine's load average over the last minute as the figures are written: the
	 * cores are shared, and the figures mean little without it.
	 */
	private static String loadAverage() {
		double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return (load < 0) ? "" : String.format(Locale.ROOT, ", load average %.2f (1 min, as written)", load);
	}

	static String onlySection(String only, BenchContext context, List<BenchResult> results, String database) {
		String full = markdown(context, results, database);
		String table = full.substring(full.indexOf("- Run: "));
		return "## Figures of `" + command(context) + " --only " + only.strip()
				+ "` (written by the harness; rerun it)\n\n" + table;
	}

	/**
	 * Puts {@code content} into {@code region} of {@code file}: between that region's
	 * markers when they are there, else (a file written before the markers, whose
	 * generated part ran from the top to the first {@code ## } heading) in place of that
	 * top part for the full run, else appended at the end. Nothing outside the region
	 * changes.
	 */
	static void write(Path file, String region, String content) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		Files.writeString(file, merge(existing, region, content), StandardCharsets.UTF_8);
	}

	static String merge(String existing, String region, String content) {
		String block = begin(region) + "\n" + content.strip() + "\n" + end(region) + "\n";
		int from = existing.indexOf(begin(region));
		if (from >= 0) {
			int to = existing.indexOf(end(region), from);
			if (to < 0) {
				throw new IllegalStateException(
						"docs/benchmarks.md has " + begin(region) + " without " + end(region) + "; repair it by hand");
			}
			int after = to + end(region).length();
			if (after < existing.length() && existing.charAt(after) == '\n') {
				after++;
			}
			return existing.substring(0, from) + block + existing.substring(after);
		}
		if (region.equals(FULL_RUN) && existing.startsWith("# Benchmarks") && !existing.contains("<!-- bench:begin")) {
			int heading = existing.indexOf("\n## ");
			String rest = (heading < 0) ? "" : existing.substring(heading + 1);
			return block + (rest.isEmpty() ? "" : "\n" + rest);
		}
		if (region.equals(FULL_RUN)) {
			return block + (existing.isEmpty() ? "" : "\n" + existing);
		}
		if (existing.isEmpty()) {
			return block;
		}
		return existing + (existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n") + block;
	}

	private static String format(double value) {
		return (value >= 100) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
	}

}
