import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the figures of a Gatling report (its index.html statistics table) as the Markdown
 * rows docs/benchmarks.md keeps, beside the goals of issue 12 (DD057). Run by
 * {@code ./govern load}: {@code java load-test/LoadSummary.java <report dir> [heap file]}.
 * A mixture's percentile is at most the largest of its parts', so the slowest API request
 * bounds the API's p95 and p99 from above.
 */
public class LoadSummary {

	record Row(String name, boolean group, long total, long ko, double rps, long p50, long p95, long p99, long max) {
	}

	private static final Pattern ROW = Pattern.compile(
			"<tr id=\"([^\"]+)\" data-parent=\"[^\"]*\">(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");

	private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

	private static final List<String> API = List.of("groups list", "group page", "group history", "change preview");

	public static void main(String[] args) throws Exception {
		Path report = Path.of(args[0]);
		String html = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
		List<Row> rows = new ArrayList<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			Matcher name = NAME.matcher(row.group(2));
			if (!name.find()) {
				continue;
			}
			String[] cells = new String[15];
			Matcher cell = CELL.matcher(row.group(2));
			while (cell.find()) {
				cells[Integer.parseInt(cell.group(1))] = cell.group(2).replace(",", "").strip();
			}
			if (cells[2] == null) {
				continue;
			}
			rows.add(new Row(name.group(1).strip(), row.group(1).startsWith("group_"), number(cells[2]),
					number(cells[4]), decimal(cells[6]), number(cells[8]), number(cells[10]), number(cells[11]),
					number(cells[12])));
		}
		System.out.println();
		System.out.println("Load test figures (" + report.getFileName() + ")");
		System.out.println();
		System.out.println("| Request or view | Count | Errors | Requests/s | p50 ms | p95 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		long apiCount = 0;
		long apiErrors = 0;
		double apiRps = 0;
		long apiP95 = 0;
		long apiP99 = 0;
		for (Row r : rows) {
			System.out.printf(Locale.ROOT, "| %s%s | %,d | %,d | %.1f | %,d | %,d | %,d | %,d |%n", r.group() ? "view: " : "",
					r.name(), r.total(), r.ko(), r.rps(), r.p50(), r.p95(), r.p99(), r.max());
			if (!r.group() && API.contains(r.name())) {
				apiCount += r.total();
				apiErrors += r.ko();
				apiRps += r.rps();
				apiP95 = Math.max(apiP95, r.p95());
				apiP99 = Math.max(apiP99, r.p99());
			}
		}
		System.out.println();
		System.out.printf(Locale.ROOT,
				"API: %,d requests, %,d errors, %.1f requests/s (goal >= 300); p95 <= %,d ms (goal < 500), "
						+ "p99 <= %,d ms (goal < 1,000): the slowest API request's%n",
				apiCount, apiErrors, apiRps, apiP95, apiP99);
		for (Row r : rows) {
			if (r.group()) {
				System.out.printf(Locale.ROOT, "UI view '%s': p95 %,d ms (goal < 1,000), %,d opened, %,d failed%n",
						r.name(), r.p95(), r.total(), r.ko());
			}
		}
		if (args.length > 1 && Files.exists(Path.of(args[1]))) {
			System.out.print(Files.readString(Path.of(args[1])).replace("per session", "per session (goal < 5 MB)"));
		}
	}

	private static long number(String text) {
		return (text == null || text.isEmpty() || text.equals("-")) ? 0 : Math.round(Double.parseDouble(text));
	}

	private static double decimal(String text) {
		return (text == null || text.isEmpty() || text.equals("-")) ? 0 : Double.parseDouble(text);
	}

}
