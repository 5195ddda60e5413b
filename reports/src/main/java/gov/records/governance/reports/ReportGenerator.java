package gov.records.governance.reports;

import gov.records.governance.durability.KillPoint;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.audit.CheckpointService;
import gov.records.governance.audit.SignedCheckpoint;
import gov.records.governance.reports.bundle.BundleFile;
import gov.records.governance.reports.bundle.ContentWriter;
import gov.records.governance.reports.bundle.SignedBundleWriter;
import gov.records.governance.reports.content.CsvTableWriter;
import gov.records.governance.reports.content.DataTable;
import gov.records.governance.reports.content.JsonReportWriter;
import gov.records.governance.reports.content.PdfReportWriter;
import gov.records.governance.reports.content.ReportContent;
import gov.records.governance.reports.content.ReportPart;
import gov.records.governance.reports.evidence.ReportBuilder;
import gov.records.governance.reports.evidence.ReportSpec;
import gov.records.governance.reports.render.PdfReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates one report: builds its content, streams every format into a signed bundle in
 * a temporary file of the archive (PDF/A, JSON, one CSV per table, the charts as SVG, the
 * audit log's current signed checkpoint), hashes it, moves it into place and marks the
 * report done in the same transaction as the audit event that records it.
 */
@Component
class ReportGenerator {

	private final ReportStore store;

	private final ReportSpecs specs;

	private final ReportBuilder builder;

	private final PdfReportRenderer renderer;

	private final SignedBundleWriter writer;

	private final CheckpointService log;

	private final ReportArchive archive;

	private final ReportProgress progress;

	private final AuditService audit;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate write;

	private final Clock clock;

	ReportGenerator(ReportStore store, ReportSpecs specs, ReportBuilder builder, PdfReportRenderer renderer,
			SignedBundleWriter writer, CheckpointService log, ReportArchive archive, ReportProgress progress,
			AuditService audit, PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.specs = specs;
		this.builder = builder;
		this.renderer = renderer;
		this.writer = writer;
		this.log = log;
		this.archive = archive;
		this.progress = progress;
		this.audit = audit;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.write = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	void generate(long reportId) {
		ReportSummary row = this.store.find(reportId).orElseThrow();
		this.write.executeWithoutResult((status) -> this.store.running(reportId));
		this.progress.set(reportId, 2, "collecting the evidence");
		Path temporary = this.archive.temporary(reportId);
		try {
			SignedCheckpoint checkpoint = this.log.latestIntact();
			this.readOnly.executeWithoutResult((status) -> {
				ReportSpec spec = this.specs.of(row, this.clock.instant());
				ReportContent content = this.builder.build(spec);
				try (OutputStream out = Files.newOutputStream(temporary)) {
					KillPoint.reach("report.writing");
					this.writer.write(out, files(reportId, content), checkpoint.text());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			this.progress.set(reportId, 99, "signing and archiving");
			String sha256 = ReportArchive.sha256(temporary);
			long size = Files.size(temporary);
			String fileName = fileName(row, sha256);
			this.archive.keep(temporary, fileName);
			KillPoint.reach("report.archived");
			this.write.executeWithoutResult((status) -> {
				this.store.done(reportId, this.clock.instant(), fileName, size, sha256, checkpoint.treeSize(),
						checkpoint.text());
				Map<String, Object> after = new LinkedHashMap<>();
				after.put("type", row.type().name());
				after.put("organizationId", row.organizationId());
				after.put("parameters", row.parameters());
				after.put("file", fileName);
				after.put("sha256", sha256);
				after.put("bytes", size);
				after.put("checkpointSize", checkpoint.treeSize());
				this.audit.record(AuditEntry.of("report.generated", "report", reportId).withAfter(after));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.progress.clear(reportId);
			try {
				Files.deleteIfExists(temporary);
			}
			catch (IOException ex) {
				// a leftover .part file holds nothing that counts; the next start may
				// remove it
			}
		}
	}

	private List<BundleFile> files(long reportId, ReportContent content) {
		List<DataTable> tables = content.tables();
		// weights: the PDF dominates, then the JSON, then each CSV
		int total = 60 + 20 + 2 * tables.size();
		int[] done = { 0 };
		List<BundleFile> files = new ArrayList<>();
		files.add(new BundleFile(PdfReportWriter.FILE_NAME, step(reportId, "writing the PDF/A report", done, 60, total,
				(out) -> PdfReportWriter.write(content, this.renderer, out))));
		files.add(new BundleFile(JsonReportWriter.FILE_NAME, step(reportId, "writing the JSON report", done, 20, total,
				(out) -> JsonReportWriter.write(content, out))));
		for (DataTable table : tables) {
			files.add(new BundleFile(CsvTableWriter.fileName(table),
					step(reportId, "writing " + CsvTableWriter.fileName(table), done, 2, total,
							(out) -> CsvTableWriter.write(table, out))));
		}
		for (ReportPart.Chart chart : content.charts()) {
			byte[] svg = chart.svg().getBytes(StandardCharsets.UTF_8);
			files.add(new BundleFile("charts/" + chart.name() + ".svg", (out) -> out.write(svg)));
		}
		return files;
	}

	private ContentWriter step(long reportId, String note, int[] done, int weight, int total, ContentWriter inner) {
		return (out) -> {
			this.progress.set(reportId, 3 + done[0] * 95 / total, note);
			inner.writeTo(out);
			done[0] += weight;
		};
	}

	/**
	 * Unique by id and hash: a reused id (a database restored or reset) never overwrites.
	 */
	private static String fileName(ReportSummary row, String sha256) {
		return "report-" + row.id() + "-" + row.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
				+ LocalDate.ofInstant(row.asOf(), ZoneOffset.UTC) + "-" + sha256.substring(0, 12) + ".zip";
	}

}
