package gov.records.governance.bench;

import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.reports.ReportType;
import gov.records.governance.reports.content.CsvTableWriter;
import gov.records.governance.reports.content.DataTable;
import gov.records.governance.reports.content.PdfReportWriter;
import gov.records.governance.reports.content.ReportContent;
import gov.records.governance.reports.evidence.ReportBuilder;
import gov.records.governance.reports.evidence.ReportScope;
import gov.records.governance.reports.evidence.ReportSpec;
import gov.records.governance.reports.render.PdfReportRenderer;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The records compliance evidence for the whole department as of now: PDF/A and CSV
 * generation time and the peak heap of the PDF, beside reading the same group rows over
 * plain JDBC.
 */
@Component
@Profile("bench")
class ReportsBenchmark implements Benchmark {

	private final ReportBuilder builder;

	private final PdfReportRenderer renderer;

	private final OrganizationService organizations;

	private final DataSource dataSource;

	private final TransactionTemplate readOnly;

	ReportsBenchmark(ReportBuilder builder, PdfReportRenderer renderer, OrganizationService organizations,
			DataSource dataSource, PlatformTransactionManager transactions) {
		this.builder = builder;
		this.renderer = renderer;
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
		Instant asOf = Instant.now();
		OrganizationNode root = this.organizations.visibleTree().roots().getFirst();
		ReportScope scope = new ReportScope(root.id(), root.label(), this.organizations.visibleRanges(root.id()));
		ReportSpec spec = new ReportSpec(ReportType.RECORDS_COMPLIANCE, scope, asOf.minusSeconds(90L * 86_400), asOf,
				new LinkedHashMap<>(), null, null, asOf);
		double raw = time(this::rawGroups);
		double csv = time(() -> this.readOnly.executeWithoutResult((s) -> {
			ReportContent content = this.builder.build(spec);
			try {
				for (DataTable table : content.tables()) {
					CsvTableWriter.write(table, OutputStream.nullOutputStream());
				}
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}));
		double pdf;
		double heap;
		try (HeapWatch watch = new HeapWatch()) {
			pdf = time(() -> this.readOnly.executeWithoutResult((s) -> {
				try {
					PdfReportWriter.write(this.builder.build(spec), this.renderer, OutputStream.nullOutputStream());
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}));
			heap = watch.peakMegabytes();
		}
		List<BenchResult> results = new ArrayList<>();
		String what = "Records compliance evidence, whole department";
		results.add(new BenchResult("Reports", what + ": every CSV table", csv, "ms", raw,
				"reading the groups' as-of rows over plain JDBC", "< 5,000 ms", csv < 5_000));
		results.add(new BenchResult("Reports", what + ": PDF/A", pdf, "ms", null, null, "< 20,000 ms", pdf < 20_000));
		results.add(new BenchResult("Reports", what + ": peak heap after GC while writing the PDF", heap, "MB", null,
				null, "< 512 MB", heap < 512));
		return results;
	}

	private void rawGroups() throws Exception {
		Timestamp now = Timestamp.from(Instant.now());
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(
						"""
								select g.id, g.external_id, g.name, o.name, p.name, v.auto_delete, v.max_lifetime_seconds,
								       v.burn_on_read_seconds, v.capture_enabled, v.valid_from, v.changed_by, v.reason, v.approved_by
								from messaging_group g join organization o on o.id = g.organization_id
								join platform p on p.id = g.platform_id
								join deletion_policy_version v on v.group_id = g.id and v.valid_from <= ?
								     and (v.valid_to is null or v.valid_to > ?)
								where g.created_at <= ? order by g.id""")) {
			statement.setTimestamp(1, now);
			statement.setTimestamp(2, now);
			statement.setTimestamp(3, now);
			statement.setFetchSize(500);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					for (int c = 1; c <= 13; c++) {
						rs.getObject(c);
					}
				}
			}
		}
	}

	private static double time(Timer.ThrowingRunnable action) throws Exception {
		long start = System.nanoTime();
		action.run();
		return (System.nanoTime() - start) / 1_000_000.0;
	}

}
