package gov.records.governance.bench;

import gov.records.governance.compliance.ComplianceHistory;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.reports.ReportType;
import gov.records.governance.reports.content.CsvTableWriter;
import gov.records.governance.reports.content.DataTable;
import gov.records.governance.reports.content.JsonReportWriter;
import gov.records.governance.reports.content.ReportContent;
import gov.records.governance.reports.evidence.ReportBuilder;
import gov.records.governance.reports.evidence.ReportScope;
import gov.records.governance.reports.evidence.ReportSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The records compliance evidence for the whole department as of 90 days ago, its
 * findings derived from the history (DD041), against the same report as of now, in the
 * same run: every CSV table and the JSON document, the median of three runs each after
 * one warm-up of both. The raw baseline reads the groups' settings rows as of that date
 * over plain JDBC.
 */
@Component
@Profile("bench")
class AsOfReportBenchmark implements Benchmark {

	private static final int RUNS = 3;

	private final ReportBuilder builder;

	private final OrganizationService organizations;

	private final DataSource dataSource;

	private final TransactionTemplate readOnly;

	private final ComplianceHistory history;

	AsOfReportBenchmark(ReportBuilder builder, OrganizationService organizations, DataSource dataSource,
			PlatformTransactionManager transactions, ComplianceHistory history) {
		this.history = history;
		this.builder = builder;
		this.organizations = organizations;
		this.dataSource = dataSource;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		return BenchSecurity.as("inspector", "INSPECTOR", this::measure);
	}

	private List<BenchResult> measure() throws Exception {
		Instant now = Instant.now();
		Instant past = now.minus(Duration.ofDays(90));
		ReportSpec today = spec(now);
		ReportSpec ninetyDaysBack = spec(past);
		write(today);
		write(ninetyDaysBack);
		double[] todayMs = new double[RUNS];
		double[] pastMs = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			todayMs[i] = time(() -> write(today));
			pastMs[i] = time(() -> write(ninetyDaysBack));
		}
		double todayMedian = median(todayMs);
		double pastMedian = median(pastMs);
		double raw = time(() -> rawGroups(past));
		double ratio = pastMedian / todayMedian;
		int derivedThen = this.history.violationsAt(past).size();
		int derivedNow = this.history.violationsAt(now).size();
		String what = "Records compliance evidence, whole department, every CSV table and the JSON";
		List<BenchResult> results = new ArrayList<>();
		results.add(new BenchResult("Reports as of a past date", what + ", as of now (median of " + RUNS + ")",
				todayMedian, "ms", null, null, "(reference)", true));
		results.add(new BenchResult("Reports as of a past date",
				what + ", as of 90 days back with findings derived from history (median of " + RUNS + ")", pastMedian,
				"ms", raw, "reading the groups' settings rows as of that date over plain JDBC", "< 2 × as of now",
				pastMedian < 2 * todayMedian));
		results.add(new BenchResult("Reports as of a past date",
				"90 days back ÷ as of now (violations derived: " + derivedThen + " then, " + derivedNow + " now)",
				ratio, "×", null, null, "< 2", ratio < 2));
		return results;
	}

	private ReportSpec spec(Instant asOf) {
		OrganizationNode root = this.organizations.visibleTree().roots().getFirst();
		ReportScope scope = new ReportScope(root.id(), root.label(), this.organizations.visibleRanges(root.id()));
		return new ReportSpec(ReportType.RECORDS_COMPLIANCE, scope, asOf.minus(Duration.ofDays(90)), asOf,
				new LinkedHashMap<>(), null, null, asOf);
	}

	private void write(ReportSpec spec) {
		this.readOnly.executeWithoutResult((s) -> {
			ReportContent content = this.builder.build(spec);
			try {
				for (DataTable table : content.tables()) {
					CsvTableWriter.write(table, OutputStream.nullOutputStream());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			JsonReportWriter.write(content, OutputStream.nullOutputStream());
		});
	}

	private void rawGroups(Instant asOf) throws Exception {
		Timestamp at = Timestamp.from(asOf);
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("""
						select g.id, g.name, v.auto_delete, v.max_lifetime_seconds, v.capture_enabled, v.reason
						from messaging_group g join deletion_policy_version v on v.group_id = g.id
						     and v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?)
						where g.created_at <= ? order by g.id""")) {
			statement.setTimestamp(1, at);
			statement.setTimestamp(2, at);
			statement.setTimestamp(3, at);
			statement.setFetchSize(500);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					for (int c = 1; c <= 6; c++) {
						rs.getObject(c);
					}
				}
			}
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double time(Timer.ThrowingRunnable action) throws Exception {
		long start = System.nanoTime();
		action.run();
		return (System.nanoTime() - start) / 1_000_000.0;
	}

}
